using System.Globalization;

namespace PayGov.Gateway.Web;

/// <summary>
/// One switch for every page, citizen and treasury: Vietnamese unless the reader switched; <c>?lang=en</c> (or
/// <c>vi</c>) switches and is remembered in a cookie for the whole site. Each area's text table picks its sentences
/// from the <see cref="PageLanguage"/> resolved here.
/// </summary>
public static class LanguageSwitch
{
    public const string QueryName = "lang";
    public const string CookieName = "paygov_lang";

    public static PageLanguage Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Parse(context.Request.Query[QueryName].ToString()) is { } chosen)
        {
            context.Response.Cookies.Append(CookieName, Code(chosen), new CookieOptions
            {
                Path = "/",
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
            return chosen;
        }

        return Parse(context.Request.Cookies[CookieName]) ?? PageLanguage.Vietnamese;
    }

    /// <summary>The <c>lang</c> attribute's value: <c>vi</c> or <c>en</c>.</summary>
    public static string Code(PageLanguage language) => language == PageLanguage.English ? "en" : "vi";

    public static PageLanguage Other(PageLanguage language) =>
        language == PageLanguage.English ? PageLanguage.Vietnamese : PageLanguage.English;

    /// <summary>
    /// <paramref name="pathAndQuery"/> (this page's address) switched to <paramref name="language"/>: any earlier
    /// <c>lang</c> is dropped, the rest of the query kept.
    /// </summary>
    public static string Href(string? pathAndQuery, PageLanguage language)
    {
        var address = pathAndQuery ?? "";
        var queryStart = address.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? address : address[..queryStart];
        var kept = queryStart < 0
            ? []
            : address[(queryStart + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(pair => !pair.StartsWith(QueryName + "=", StringComparison.Ordinal) && pair != QueryName);
        return path + "?" + string.Join('&', kept.Append(string.Create(CultureInfo.InvariantCulture, $"{QueryName}={Code(language)}")));
    }

    private static PageLanguage? Parse(string? code) => code switch
    {
        "vi" => PageLanguage.Vietnamese,
        "en" => PageLanguage.English,
        _ => null,
    };
}
