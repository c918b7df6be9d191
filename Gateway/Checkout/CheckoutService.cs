using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Receipts;
using PayGov.Gateway.Routing;
using PayGov.Gateway.Storage;
using PayGov.Gateway.Web;
using PayGov.Providers;
using PayGov.Providers.BankTransfer;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// The citizen's use cases on one intent: open it with its client secret, see the ways to pay that are healthy now,
/// start one, and learn what PayGov recorded. Outcomes come only from verified provider words (callbacks, or the
/// provider's answer to PayGov's own query), never from what the browser brings back.
/// </summary>
public sealed class CheckoutService(
    PayGovDbContext db,
    PaymentAttemptService attempts,
    PaymentRouter router,
    ReceiptService receipts,
    TimeProvider time,
    IOptions<CheckoutOptions> options,
    IOptions<BankTransferOptions> collectionAccount)
{
    /// <summary>The intent when <paramref name="secret"/> is its client secret; otherwise nothing, whatever was wrong.</summary>
    public async Task<CheckoutSession?> OpenAsync(string id, string? secret, CancellationToken cancellationToken)
    {
        if (!Ids.HasPrefix(id, Ids.PaymentIntent) || string.IsNullOrEmpty(secret))
        {
            return null;
        }

        var intent = await db.PaymentIntents.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (intent is null || !CheckoutAccess.Matches(intent.ClientSecret, secret))
        {
            return null;
        }

        var portal = await db.Portals.AsNoTracking().FirstAsync(p => p.Id == intent.PortalId, cancellationToken);
        return new CheckoutSession(intent, portal);
    }

    /// <summary>
    /// Each way the portal allows and whose provider is configured here, with why it cannot be used now: above the
    /// provider's limit, or no breaker lets calls through. Only offered ways get a button.
    /// </summary>
    public async Task<IReadOnlyList<WayOffer>> OffersAsync(CheckoutSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var intent = session.Intent;
        var statuses = await router.StatusAsync(cancellationToken);
        var offers = new List<WayOffer>();
        foreach (var way in CheckoutWay.All)
        {
            if (!session.Portal.Allows(way.Method)
                || statuses.FirstOrDefault(s => s.Provider.ProviderId == way.Provider) is not { } status
                || !status.Provider.Methods.Contains(way.Method))
            {
                continue;
            }

            var limits = status.Provider.Limits;
            var availability = intent.Amount > limits.MaxAmount ? WayAvailability.OverLimit
                : !status.Available || intent.Amount < limits.MinAmount ? WayAvailability.Unavailable
                : WayAvailability.Offered;
            offers.Add(new WayOffer(way, availability, limits.MaxAmount));
        }

        return offers;
    }

    /// <summary>Starts the chosen way, if it is offered now; routing may fail over to another provider of its method.</summary>
    public async Task<Result<PaymentAttempt>> StartAsync(CheckoutSession session, CheckoutWay way, string? payerIpAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(way);
        var intent = session.Intent;
        var offers = await OffersAsync(session, cancellationToken);
        if (!offers.Any(o => o.Way == way && o.IsOffered))
        {
            return new ApiError(ErrorCodes.ProviderUnavailable, $"{way.Key} is not offered for this payment now.", "way");
        }

        return await attempts.StartAsync(intent.Id, new AttemptChoice(way.Method, Preferred: way.Provider), payerIpAddress, cancellationToken);
    }

    /// <summary>
    /// Asks the provider about the intent's open attempt: at once when the citizen comes back from the provider
    /// (<paramref name="evenIfNotDue"/>), otherwise only once its callback is overdue, so a page that reloads every
    /// few seconds does not turn into a stream of provider queries.
    /// </summary>
    public async Task SettleOpenAttemptAsync(string intentId, bool evenIfNotDue, CancellationToken cancellationToken)
    {
        var open = await attempts.OpenAttemptAsync(intentId, cancellationToken);
        if (open is not null && (evenIfNotDue || open.NextQueryAt <= time.GetUtcNow()))
        {
            await attempts.SettleAsync(open, cancellationToken);
        }
    }

    public async Task<CheckoutView> ViewAsync(
        CheckoutSession session, CheckoutText text, CheckoutNotice notice, AntiforgeryField antiforgery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        db.ChangeTracker.Clear();
        var intent = await db.PaymentIntents.AsNoTracking().FirstAsync(p => p.Id == session.Intent.Id, cancellationToken);
        session = session with { Intent = intent };
        var latest = await db.PaymentAttempts.AsNoTracking()
            .Where(a => a.IntentId == intent.Id)
            .OrderByDescending(a => a.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var open = latest is { IsOpen: true } ? latest : null;
        var stage = intent.Status switch
        {
            PaymentIntentStatus.RequiresPaymentMethod => CheckoutStage.Choose,
            PaymentIntentStatus.Processing => open?.QrPayload is not null ? CheckoutStage.Transfer : CheckoutStage.AtProvider,
            PaymentIntentStatus.Succeeded => CheckoutStage.Paid,
            PaymentIntentStatus.Canceled => CheckoutStage.Canceled,
            PaymentIntentStatus.Expired => CheckoutStage.Expired,
            _ => throw new InvalidOperationException("Undefined intent status " + intent.Status),
        };
        if (stage == CheckoutStage.Choose && notice == CheckoutNotice.None && latest is { Status: PaymentAttemptStatus.Failed or PaymentAttemptStatus.Abandoned })
        {
            notice = CheckoutNotice.Declined;
        }

        var offers = stage is CheckoutStage.Choose or CheckoutStage.AtProvider or CheckoutStage.Transfer
            ? await OffersAsync(session, cancellationToken)
            : [];
        var receipt = stage == CheckoutStage.Paid ? await receipts.ForIntentAsync(intent, session.Portal.Name, cancellationToken) : null;
        var biometric = intent.Amount > options.Value.BiometricThreshold
            && (stage == CheckoutStage.Transfer || offers.Any(o => o.IsOffered && o.Way.Method == PaymentMethod.BankTransfer));
        var waiting = stage is CheckoutStage.AtProvider or CheckoutStage.Transfer;
        return new CheckoutView(
            text,
            session,
            stage,
            offers,
            notice,
            open,
            stage == CheckoutStage.Transfer ? TransferDetails.Read(open!.QrPayload!, collectionAccount.Value) : null,
            receipt,
            ReturnUrlWithOutcome(intent),
            biometric,
            waiting ? options.Value.WatchSeconds : null,
            antiforgery);
    }

    /// <summary>The portal's page, told which intent and what PayGov recorded; the portal confirms through the API or its webhook.</summary>
    private static string? ReturnUrlWithOutcome(PaymentIntent intent) =>
        intent.ReturnUrl is null
            ? null
            : QueryHelpers.AddQueryString(intent.ReturnUrl, new Dictionary<string, string?>
            {
                ["payment_intent"] = intent.Id,
                ["status"] = intent.Status.ToWire(),
            });
}
