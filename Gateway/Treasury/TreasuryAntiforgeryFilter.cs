using Microsoft.AspNetCore.Antiforgery;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// Cookie-authenticated state changes need the antiforgery token in the <see cref="PageAntiforgery.HeaderName"/> header (or the form
/// field of a page's form). SameSite=Strict already keeps other sites' requests from carrying the cookie; the token
/// covers what SameSite does not (a sibling subdomain, an old browser) at the cost of one GET per session.
/// </summary>
public sealed class TreasuryAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method)
            && !HttpMethods.IsHead(context.HttpContext.Request.Method)
            && !await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Problems.From(new ApiError(ErrorCodes.CsrfTokenInvalid, $"Send the token from GET /v1/treasury/session in the '{PageAntiforgery.HeaderName}' header."));
        }

        return await next(context);
    }
}
