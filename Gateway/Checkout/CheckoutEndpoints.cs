using PayGov.Gateway.Checkout.Pages;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// The hosted checkout (DESIGN §5 "Citizen pages"): <c>/pay/{id}?cs=…</c> opens it, a form starts the chosen way,
/// and providers send the citizen back to <c>/pay/{id}/return</c>. Server-rendered HTML with its own security headers.
/// </summary>
public static class CheckoutEndpoints
{
    public static RouteGroupBuilder MapCheckout(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").AddEndpointFilter<CitizenPageHeaders>().ExcludeFromDescription();
        group.MapGet("/pay/{id}", ShowAsync).WithName("Checkout");
        group.MapPost("/pay/{id}/attempts", StartAsync).WithName("CheckoutStartAttempt");
        group.MapGet("/pay/{id}/return", ReturnAsync).WithName("CheckoutReturn");
        group.MapGet("/pay/{id}/state", StateAsync).WithName("CheckoutState");
        return group;
    }

    /// <summary>
    /// The link's secret is moved into a cookie scoped to this intent and the address is replaced by one without it,
    /// so the secret stays out of history, bookmarks and screenshots; from then on the cookie opens the page.
    /// </summary>
    private static async Task<IResult> ShowAsync(string id, HttpContext context, CheckoutServices s, CancellationToken cancellationToken)
    {
        var text = CheckoutText.Of(context);
        var session = await s.Checkout.OpenAsync(id, CheckoutAccess.PresentedSecret(context.Request), cancellationToken);
        if (session is null)
        {
            return await s.Pages.NotFoundAsync(text);
        }

        if (context.Request.Query.ContainsKey(CheckoutAccess.QueryName))
        {
            CheckoutAccess.Remember(context, id, session.Intent.ClientSecret);
            return new SeeOther(PagePath(session.Intent, CheckoutNotice.None));
        }

        if (session.Intent.Status == PaymentIntentStatus.Processing)
        {
            await s.Checkout.SettleOpenAttemptAsync(id, evenIfNotDue: false, cancellationToken);
        }

        var notice = CheckoutNotices.Parse(context.Request.Query[CheckoutNotices.QueryName]);
        var view = await s.Checkout.ViewAsync(session, text, notice, AntiforgeryField.From(s.Antiforgery.GetAndStoreTokens(context)), cancellationToken);
        return await s.Pages.RenderAsync<CheckoutPage>(view);
    }

    private static async Task<IResult> StartAsync(string id, HttpContext context, CheckoutServices s, CancellationToken cancellationToken)
    {
        var text = CheckoutText.Of(context);
        var session = await s.Checkout.OpenAsync(id, context.Request.Cookies[CheckoutAccess.CookieName], cancellationToken);
        if (session is null)
        {
            return await s.Pages.NotFoundAsync(text);
        }

        if (!context.Request.HasFormContentType || !await s.Antiforgery.IsRequestValidAsync(context))
        {
            return await s.Pages.BadRequestAsync(text);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (CheckoutWay.Find(form["way"]) is not { } way)
        {
            return await s.Pages.BadRequestAsync(text);
        }

        var started = await s.Checkout.StartAsync(session, way, context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (!started.IsSuccess)
        {
            return new SeeOther(PagePath(session.Intent, CheckoutNotices.From(started.Error)));
        }

        // A hosted page (MoMo, ZaloPay, VNPAY) takes the citizen there; a VietQR shows on PayGov's own page.
        return started.Value.RedirectUrl is { } redirect && Uri.TryCreate(redirect, UriKind.Absolute, out var target) && target.Scheme is "https" or "http"
            ? new SeeOther(target.AbsoluteUri)
            : new SeeOther(PagePath(session.Intent, CheckoutNotice.None));
    }

    /// <summary>
    /// Where providers send the citizen back. Whatever the provider put in the address is ignored (it proves nothing
    /// and may carry its signature): PayGov asks the provider itself, records a verified answer, and shows its own page.
    /// </summary>
    private static async Task<IResult> ReturnAsync(string id, HttpContext context, CheckoutServices s, CancellationToken cancellationToken)
    {
        var text = CheckoutText.Of(context);
        var session = await s.Checkout.OpenAsync(id, context.Request.Cookies[CheckoutAccess.CookieName], cancellationToken);
        if (session is null)
        {
            return await s.Pages.NotFoundAsync(text);
        }

        if (session.Intent.Status == PaymentIntentStatus.Processing)
        {
            await s.Checkout.SettleOpenAttemptAsync(id, evenIfNotDue: true, cancellationToken);
        }

        return new SeeOther(PagePath(session.Intent, CheckoutNotice.None));
    }

    /// <summary>
    /// What a waiting page polls (a few lines of first-party script) to reload itself once PayGov has recorded a change:
    /// the intent's status and version, nothing else. Asks an overdue provider, like the page itself.
    /// </summary>
    private static async Task<IResult> StateAsync(string id, HttpContext context, CheckoutServices s, CancellationToken cancellationToken)
    {
        var session = await s.Checkout.OpenAsync(id, context.Request.Cookies[CheckoutAccess.CookieName], cancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }

        if (session.Intent.Status == PaymentIntentStatus.Processing)
        {
            await s.Checkout.SettleOpenAttemptAsync(id, evenIfNotDue: false, cancellationToken);
            session = await s.Checkout.OpenAsync(id, session.Intent.ClientSecret, cancellationToken);
        }

        return TypedResults.Text(CheckoutView.StateOf(session!.Intent), "text/plain");
    }

    private static string PagePath(PaymentIntent intent, CheckoutNotice notice) =>
        notice == CheckoutNotice.None ? "/pay/" + intent.Id : $"/pay/{intent.Id}?{CheckoutNotices.QueryName}={notice.ToQuery()}";
}
