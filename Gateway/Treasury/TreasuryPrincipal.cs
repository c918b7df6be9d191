using System.Security.Claims;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// The signed-in treasury user, bound as a handler parameter on treasury endpoints (their policy guarantees one).
/// The cookie carries the id, username, role and security stamp; nothing else.
/// </summary>
public sealed record TreasuryPrincipal(string UserId, string Username, TreasuryRole Role, string SecurityStamp)
{
    public const string StampClaim = "paygov:treasury_stamp";

    public bool IsSupervisor => Role == TreasuryRole.Supervisor;

    public ClaimsPrincipal ToPrincipal() => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, UserId),
            new Claim(ClaimTypes.Name, Username),
            new Claim(ClaimTypes.Role, Role.ToWire()),
            new Claim(StampClaim, SecurityStamp),
        ],
        TreasuryAuthentication.SchemeName,
        ClaimTypes.Name,
        ClaimTypes.Role));

    public static TreasuryPrincipal? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity is not { IsAuthenticated: true, AuthenticationType: TreasuryAuthentication.SchemeName }
            || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id
            || user.FindFirstValue(ClaimTypes.Name) is not { } name
            || TreasuryRoleNames.Parse(user.FindFirstValue(ClaimTypes.Role)) is not { } role
            || user.FindFirstValue(StampClaim) is not { } stamp)
        {
            return null;
        }

        return new TreasuryPrincipal(id, name, role, stamp);
    }

    public static TreasuryPrincipal Of(TreasuryUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new TreasuryPrincipal(user.Id, user.Username, user.Role, user.SecurityStamp);
    }

    /// <summary>Minimal APIs bind this from the authenticated user; the endpoint's policy has already required one.</summary>
    public static ValueTask<TreasuryPrincipal?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(From(context.User));
    }
}
