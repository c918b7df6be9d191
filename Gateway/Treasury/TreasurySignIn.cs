using Microsoft.AspNetCore.Authentication;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// Signing a treasury user in and out of the cookie session: the one piece of code behind the JSON session API and
/// the sign-in page. The password check and the lockout are <see cref="TreasuryUserService"/>'s.
/// </summary>
public sealed class TreasurySignIn(TreasuryUserService users, ILogger<TreasurySignIn> logger)
{
    /// <summary>On success the cookie is set and <see cref="HttpContext.User"/> is the new user, so tokens issued next are theirs.</summary>
    public async Task<Result<TreasuryPrincipal>> SignInAsync(HttpContext context, SignInRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Validate() is { } invalid)
        {
            return invalid;
        }

        var checkedIn = await users.SignInAsync(request.Username!, request.Password!, cancellationToken);
        if (!checkedIn.IsSuccess)
        {
            return checkedIn.Error;
        }

        var principal = TreasuryPrincipal.Of(checkedIn.Value);
        var claims = principal.ToPrincipal();
        await context.SignInAsync(TreasuryAuthentication.SchemeName, claims, new AuthenticationProperties { IsPersistent = false });
        // The antiforgery token is bound to the user it is issued for: issue the next one for the user just signed in.
        context.User = claims;
        return principal;
    }

    public async Task SignOutAsync(HttpContext context, TreasuryPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        await users.EndSessionsAsync(user.UserId, cancellationToken);
        await context.SignOutAsync(TreasuryAuthentication.SchemeName);
        TreasuryLog.SignedOut(logger, user.UserId);
    }
}
