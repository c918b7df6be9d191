using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Treasury.Pages;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// The treasury pages' shell: <c>/treasury/sign-in</c> (the form, and its POST through <see cref="TreasurySignIn"/>,
/// the same code as the JSON sign-in), <c>POST /treasury/sign-out</c>, and <c>/treasury/forbidden</c> where the cookie
/// scheme sends a user whose role falls short, and a 404 page for any other address under <c>/treasury</c>. Server-rendered HTML with its own security headers.
/// </summary>
public static class TreasuryPageEndpoints
{
    public const string SignOutPath = TreasuryPageGroup.Root + "/sign-out";
    public const string ForbiddenPath = TreasuryPageGroup.Root + "/forbidden";
    private const string SignedOutQuery = "signed_out";

    public static IEndpointRouteBuilder MapTreasuryPages(this IEndpointRouteBuilder routes)
    {
        var open = routes.MapTreasuryPageGroup(signedIn: false);
        open.MapGet("/sign-in", ShowSignInAsync).WithName("TreasurySignInPage");
        open.MapPost("/sign-in", SignInAsync).WithName("TreasurySignInForm");

        var signedIn = routes.MapTreasuryPageGroup();
        signedIn.MapPost("/sign-out", SignOutAsync).WithName("TreasurySignOutForm");
        signedIn.MapGet("/forbidden", ShowForbiddenAsync).WithName("TreasuryForbidden");
        // Any other address under /treasury: signed out, the sign-in redirect like every page; signed in, a 404 page.
        signedIn.MapGet("/{**unknown}", ShowNotFoundAsync).WithName("TreasuryNotFound");
        return routes;
    }

    private static async Task<IResult> ShowSignInAsync(HttpContext context, PageRenderer pages, IAntiforgery antiforgery)
    {
        var returnPath = TreasuryReturnPath.Safe(context.Request.Query[TreasuryReturnPath.QueryName]);
        // The page is open to all, so the session is not read by an authorization policy: ask the treasury scheme itself.
        if ((await context.AuthenticateAsync(TreasuryAuthentication.SchemeName)).Succeeded)
        {
            return new SeeOther(returnPath);
        }

        var frame = TreasuryFrameView.For(context, antiforgery);
        var notice = context.Request.Query.ContainsKey(SignedOutQuery) ? frame.Text.SignIn.SignedOut : null;
        return await pages.RenderAsync<SignInPage>(new SignInView(frame, null, null, notice, returnPath));
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context, TreasurySignIn signIn, PageRenderer pages, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var request = new SignInRequest { Username = form["username"], Password = form["password"] };
        var returnPath = TreasuryReturnPath.Safe(form["return_url"]);
        var result = await signIn.SignInAsync(context, request, cancellationToken);
        if (result.IsSuccess)
        {
            return new SeeOther(returnPath);
        }

        var frame = TreasuryFrameView.For(context, antiforgery);
        var error = result.Error.Code switch
        {
            ErrorCodes.InvalidCredentials => frame.Text.SignIn.WrongPassword,
            _ => frame.Text.SignIn.Missing,
        };
        return await pages.RenderAsync<SignInPage>(new SignInView(frame, request.Username, error, null, returnPath), ErrorCodes.StatusOf(result.Error.Code));
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, TreasuryPrincipal user, TreasurySignIn signIn, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(context, user, cancellationToken);
        return new SeeOther($"{TreasuryAuthentication.SignInPagePath}?{SignedOutQuery}=1");
    }

    private static Task<IResult> ShowForbiddenAsync(HttpContext context, PageRenderer pages, IAntiforgery antiforgery)
    {
        var frame = TreasuryFrameView.For(context, antiforgery);
        return pages.RenderAsync<TreasuryMessagePage>(
            new TreasuryMessageView(frame, frame.Text.Frame.ForbiddenTitle, frame.Text.Frame.ForbiddenLead), StatusCodes.Status403Forbidden);
    }

    private static Task<IResult> ShowNotFoundAsync(HttpContext context, PageRenderer pages, IAntiforgery antiforgery)
    {
        var frame = TreasuryFrameView.For(context, antiforgery);
        return pages.RenderAsync<TreasuryMessagePage>(
            new TreasuryMessageView(frame, frame.Text.Frame.NotFoundTitle, frame.Text.Frame.NotFoundLead), StatusCodes.Status404NotFound);
    }
}
