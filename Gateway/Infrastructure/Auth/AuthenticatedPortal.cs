using System.Reflection;
using System.Security.Claims;

namespace PayGov.Gateway.Infrastructure.Auth;

/// <summary>The portal whose API key authenticated this request; every query is scoped to it.</summary>
public sealed record AuthenticatedPortal(string PortalId, ApiKeyMode Mode, string KeyId)
{
    public const string PortalIdClaim = "paygov:portal";
    public const string ModeClaim = "paygov:mode";
    public const string KeyIdClaim = "paygov:key";

    public bool Livemode => Mode == ApiKeyMode.Live;

    /// <summary>
    /// What per-portal coordination is keyed by: test and live traffic of one portal never share an idempotency
    /// key or a rate-limit budget, so a test run can neither replay into nor starve live payments.
    /// </summary>
    public string CoordinationScope => PortalId + (Livemode ? "/live" : "/test");

    public static ValueTask<AuthenticatedPortal?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(FromPrincipal(context.User));
    }

    public static AuthenticatedPortal? FromPrincipal(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var portalId = user.FindFirstValue(PortalIdClaim);
        var mode = user.FindFirstValue(ModeClaim);
        var keyId = user.FindFirstValue(KeyIdClaim);
        if (portalId is null || keyId is null || !Enum.TryParse<ApiKeyMode>(mode, out var parsed))
        {
            return null;
        }

        return new AuthenticatedPortal(portalId, parsed, keyId);
    }

    public ClaimsPrincipal ToPrincipal(string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(PortalIdClaim, PortalId),
                new Claim(ModeClaim, Mode.ToString()),
                new Claim(KeyIdClaim, KeyId),
            ],
            scheme));
}
