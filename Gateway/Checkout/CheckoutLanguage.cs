namespace PayGov.Gateway.Checkout;

/// <summary>Vietnamese unless the citizen switched: <c>?lang=en</c> switches and is remembered in a cookie for every citizen page.</summary>
public static class CheckoutLanguage
{
    public const string QueryName = "lang";
    public const string CookieName = "paygov_lang";

    public static CheckoutText Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = context.Request.Query[QueryName].ToString();
        if (Parse(asked) is { } chosen)
        {
            context.Response.Cookies.Append(CookieName, chosen.Lang, new CookieOptions
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

        return Parse(context.Request.Cookies[CookieName]) ?? CheckoutText.Vietnamese;
    }

    private static CheckoutText? Parse(string? lang) => lang switch
    {
        "vi" => CheckoutText.Vietnamese,
        "en" => CheckoutText.English,
        _ => null,
    };
}
