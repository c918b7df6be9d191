namespace PayGov.Gateway.Web;

/// <summary>
/// The names of the gateway's one antiforgery pair: a cookie, and its token in a form field (pages) or a header
/// (the treasury API). Neutral, because citizen and treasury forms both carry it.
/// </summary>
public static class PageAntiforgery
{
    public const string HeaderName = "X-CSRF-Token";
    public const string FormFieldName = "__RequestVerificationToken";
    public const string CookieName = "paygov_csrf";
}
