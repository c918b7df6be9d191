using System.Globalization;
using PayGov.Gateway.Infrastructure.Auth;

namespace PayGov.Gateway.Infrastructure.RateLimiting;

/// <summary>Spends one permit of the authenticated portal's budget, or answers 429 with <c>Retry-After</c>.</summary>
public sealed class RateLimitFilter(IRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (AuthenticatedPortal.FromPrincipal(http.User) is { } portal)
        {
            var decision = await limiter.AcquireAsync(portal.CoordinationScope, http.RequestAborted);
            if (!decision.Allowed)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Problems.From(new ApiError(ErrorCodes.RateLimited, $"Too many requests for this portal; retry after {seconds} s."));
            }
        }

        return await next(context);
    }
}
