using Microsoft.Extensions.Options;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// The security headers of every citizen page (<see cref="PageSecurityHeaders"/>) with their Content-Security-Policy:
/// first-party stylesheet and script only, the script talking only to PayGov, inline SVG and data: images for QR
/// codes, forms only to PayGov and the providers' hosted pages, never framed. No referrer: the checkout link's secret
/// must not leak.
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
        PageSecurityHeaders.Apply(context.HttpContext.Response.Headers, contentSecurityPolicy);
        return next(context);
    }
}
