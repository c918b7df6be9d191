using PayGov.Gateway.Web;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// The security headers of every treasury page (<see cref="PageSecurityHeaders"/>). Its policy is stricter than the
/// citizen pages': no script at all (charts are server-drawn SVG), forms only to PayGov, never framed.
/// </summary>
public sealed class TreasuryPageHeaders : IEndpointFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        PageSecurityHeaders.Apply(context.HttpContext.Response.Headers, ContentSecurityPolicy);
        return next(context);
    }
}
