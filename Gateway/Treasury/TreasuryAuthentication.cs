using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// The treasury's own authentication: a cookie scheme that portal API keys never satisfy, and policies that name only
/// that scheme. The portal API's default policy names only the API-key scheme, so neither credential opens the
/// other's endpoints.
/// </summary>
public static class TreasuryAuthentication
{
    public const string SchemeName = "Treasury";
    public const string CookieName = "paygov_treasury";
    public const string AccountantPolicy = "treasury_accountant";
    public const string SupervisorPolicy = "treasury_supervisor";
    public const string SignInPagePath = "/treasury/sign-in";

    public static AuthenticationBuilder AddTreasuryCookie(this AuthenticationBuilder authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        authentication.Services.AddOptions<CookieAuthenticationOptions>(SchemeName)
            .Configure<IOptions<TreasuryOptions>>((cookie, treasury) =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request came over https; the embedded default on http://localhost still works.
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.Cookie.IsEssential = true;
                cookie.ExpireTimeSpan = treasury.Value.SessionIdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = SignInPagePath;
                cookie.AccessDeniedPath = TreasuryPageEndpoints.ForbiddenPath;
                cookie.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = ValidateStampAsync,
                    OnRedirectToLogin = context => AnswerAsync(context, ErrorCodes.SessionMissing, "Sign in as a treasury user first."),
                    OnRedirectToAccessDenied = context => AnswerAsync(context, ErrorCodes.Forbidden, "Your treasury role may not do that."),
                };
            });
        return authentication.AddCookie(SchemeName);
    }

    public static AuthorizationBuilder AddTreasuryPolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return authorization
            .AddPolicy(AccountantPolicy, policy => policy
                .AddAuthenticationSchemes(SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(TreasuryRoleNames.Accountant, TreasuryRoleNames.Supervisor))
            .AddPolicy(SupervisorPolicy, policy => policy
                .AddAuthenticationSchemes(SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(TreasuryRoleNames.Supervisor));
    }

    /// <summary>A reset password (a new stamp) or a deleted account ends the session at its next request.</summary>
    private static async Task ValidateStampAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal is null ? null : TreasuryPrincipal.From(context.Principal);
        var users = context.HttpContext.RequestServices.GetRequiredService<TreasuryUserService>();
        if (principal is null || await users.FindSessionUserAsync(principal.UserId, principal.SecurityStamp, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeName);
        }
    }

    /// <summary>The API answers problem+json; a browser asking for a page is sent to the sign-in page.</summary>
    private static Task AnswerAsync(RedirectContext<CookieAuthenticationOptions> context, string code, string detail)
    {
        if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        return Problems.From(new ApiError(code, detail)).ExecuteAsync(context.HttpContext);
    }
}
