using System.Security.Cryptography;
using System.Text;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// The client secret opens one intent's pages: from the checkout link's <c>cs</c> the first time, then from an
/// HttpOnly cookie scoped to <c>/pay/{id}</c>, so the return from a provider (which must never see the secret) and
/// every later page of the same intent work without it in the address.
/// </summary>
public static class CheckoutAccess
{
    public const string QueryName = "cs";
    public const string CookieName = "paygov_cs";

    /// <summary>The secret this request presents: the link's, else the cookie's.</summary>
    public static string? PresentedSecret(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fromLink = request.Query[QueryName].ToString();
        return fromLink.Length > 0 ? fromLink : request.Cookies[CookieName];
    }

    public static bool Matches(string expected, string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));

    /// <summary>
    /// Remembers the secret for this intent's paths only, until the browser closes; Lax, so the top-level return from a
    /// provider carries it. The link opens the page again whenever it is needed.
    /// </summary>
    public static void Remember(HttpContext context, string intentId, string secret)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(CookieName, secret, new CookieOptions
        {
            Path = "/pay/" + intentId,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
    }
}
