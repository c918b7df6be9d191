namespace PayGov.Gateway.Web;

/// <summary>
/// The security headers every HTML page carries (not the JSON API): its Content-Security-Policy, never framed, no
/// sniffing, no referrer, no powerful features, no caching of personal or financial data.
/// </summary>
public static class PageSecurityHeaders
{
    public static void Apply(IHeaderDictionary headers, string contentSecurityPolicy)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
    }
}
