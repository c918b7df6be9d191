using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// Treasury sign-in as a JSON API: <c>POST</c> signs in (sets the session cookie), <c>GET</c> says who is signed in
/// and hands out the antiforgery token, <c>DELETE</c> signs out. The treasury pages use the same cookie.
/// </summary>
public static class TreasurySessionEndpoints
{
    public static IEndpointRouteBuilder MapTreasurySession(this IEndpointRouteBuilder routes)
    {
        var session = routes.MapGroup("/v1/treasury/session").WithTags("Treasury");
        session.MapPost("", SignInAsync)
            .WithName("TreasurySignIn")
            .WithSummary("Sign in a treasury user; the answer carries the antiforgery token")
            .WithValidatedBody<SignInRequest>()
            .AllowAnonymous();
        session.MapGet("", Current)
            .WithName("TreasurySession")
            .WithSummary("The signed-in treasury user and a fresh antiforgery token")
            .RequireAuthorization(TreasuryAuthentication.AccountantPolicy);
        session.MapDelete("", SignOutAsync)
            .WithName("TreasurySignOut")
            .WithSummary("Sign out")
            .RequireAuthorization(TreasuryAuthentication.AccountantPolicy)
            .AddEndpointFilter<TreasuryAntiforgeryFilter>();
        return routes;
    }

    // No antiforgery token here: there is no session yet, and a cross-site page cannot send a JSON body without a
    // CORS preflight that this API never grants, so a forged sign-in cannot happen.
    private static async Task<Results<Ok<TreasurySessionResponse>, ProblemHttpResult>> SignInAsync(
        JsonBody<SignInRequest> body, HttpContext context, TreasurySignIn signIn, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var result = await signIn.SignInAsync(context, body.Value!, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(Describe(result.Value, antiforgery, context)) : Problems.From(result.Error);
    }

    private static Ok<TreasurySessionResponse> Current(TreasuryPrincipal user, IAntiforgery antiforgery, HttpContext context) =>
        TypedResults.Ok(Describe(user, antiforgery, context));

    private static async Task<NoContent> SignOutAsync(HttpContext context, TreasuryPrincipal user, TreasurySignIn signIn, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(context, user, cancellationToken);
        return TypedResults.NoContent();
    }

    private static TreasurySessionResponse Describe(TreasuryPrincipal user, IAntiforgery antiforgery, HttpContext context) =>
        new(user.UserId, user.Username, user.Role.ToWire(), antiforgery.GetAndStoreTokens(context).RequestToken!);
}
