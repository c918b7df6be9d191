using Microsoft.Extensions.Options;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// The security headers of every citizen page (not of the JSON API): a strict Content-Security-Policy (first-party
/// stylesheet and script only, the script talking only to PayGov, inline SVG and data: images for QR codes, forms only to PayGov and the providers'
/// hosted pages, never framed), no referrer (the checkout link's secret must not leak), no caching of personal data.
/// </summary>
public sealed class CitizenPageHeaders : IEndpointFilter
{
    private readonly string contentSecurityPolicy;

    public CitizenPageHeaders(IOptions<CheckoutOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var formTargets = string.Join(' ', options.Value.ProviderPageOrigins.Select(o => o.GetLeftPart(UriPartial.Authority)).Prepend("'self'"));
        contentSecurityPolicy = $"default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; connect-src 'self'; form-action {formTargets}; frame-ancestors 'none'; base-uri 'none'";
    }

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
        return next(context);
    }
}
