using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Sandbox;
using PayGov.Gateway.Storage;
using PayGov.Providers;
using PayGov.Providers.MoMo;
using PayGov.Providers.Sandbox;
using PayGov.Providers.ZaloPay;

namespace PayGov.Gateway.Payments;

/// <summary>
/// Attempts at providers: starting one (the intent moves to <c>processing</c>) and recording what a verified
/// provider notification says, exactly once. A provider whose client is not configured is <see langword="null"/>.
/// </summary>
public sealed class PaymentAttemptService(
    PayGovDbContext db,
    EventOutbox outbox,
    TimeProvider time,
    IOptions<PayGovOptions> urls,
    IHttpClientFactory httpClientFactory,
    EmbeddedSandbox sandbox,
    ILogger<PaymentAttemptService> logger,
    MoMoPaymentProvider? moMo = null,
    ZaloPayPaymentProvider? zaloPay = null)
{
    private const int ConcurrencyAttempts = 3;
    private const string Wallet = "wallet";

    public MoMoPaymentProvider? MoMo => moMo;

    public ZaloPayPaymentProvider? ZaloPay => zaloPay;

    /// <summary>
    /// Test mode: starts a real attempt at the provider's in-process sandbox over HTTP, then presses the sandbox's
    /// "pay" or "decline" over HTTP, so the sandbox sends its signed callback to this gateway.
    /// </summary>
    public async Task<Result<PaymentIntent>> SimulateAsync(
        AuthenticatedPortal portal, string id, SimulatePaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(request);
        if (portal.Livemode)
        {
            return new ApiError(ErrorCodes.TestModeOnly, "Payments can only be simulated with a test key.");
        }

        var provider = request.ParsedProvider();
        if (!sandbox.IsEnabled || !IsConfigured(provider))
        {
            return new ApiError(ErrorCodes.ProviderUnavailable, $"The {provider.ToWireName()} sandbox is not enabled on this gateway.", "provider");
        }

        var started = await StartAsync(portal, id, provider, cancellationToken);
        if (!started.IsSuccess)
        {
            return started.Error;
        }

        var attempt = started.Value;
        var http = httpClientFactory.CreateClient(PaymentProvidersServiceCollectionExtensions.SandboxHttpClientName);
        var complete = new Uri(
            EmbeddedSandbox.PrefixOf(urls.Value.PublicBaseUrl, provider.ToWireName()),
            $"pay/{Uri.EscapeDataString(attempt.MerchantReference)}/complete");
        using (var response = await http.PostAsJsonAsync(complete, new SandboxCompletionRequest(request.Outcome), cancellationToken))
        {
            response.EnsureSuccessStatusCode();
        }

        if (provider == ProviderId.ZaloPay && request.Outcome == SimulatePaymentRequest.Failed)
        {
            // ZaloPay calls back only for payments (zalopay.md §4): a decline is learnt by asking it.
            var status = await zaloPay!.QueryAsync(attempt.MerchantReference, cancellationToken);
            if (status.Outcome == PaymentOutcome.Declined)
            {
                await ApplyAsync(
                    provider,
                    new ProviderNotification(attempt.MerchantReference, status.ProviderTransactionId, attempt.Amount, PaymentOutcome.Declined),
                    cancellationToken);
            }
        }

        return await db.PaymentIntents.AsNoTracking().FirstAsync(p => p.Id == attempt.IntentId, cancellationToken);
    }

    /// <summary>
    /// Records a verified notification on its attempt: the first final word moves the attempt and its intent
    /// together with the intent's event; anything after it changes nothing.
    /// </summary>
    public async Task<AttemptDecision> ApplyAsync(ProviderId provider, ProviderNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var wire = provider.ToWireName();
        for (var round = 1; ; round++)
        {
            db.ChangeTracker.Clear();
            var attempt = await db.PaymentAttempts.FirstOrDefaultAsync(
                a => a.Provider == wire && a.MerchantReference == notification.ProviderReference, cancellationToken);
            if (attempt is null)
            {
                return await RejectAsync(provider, AttemptDecision.UnknownOrder, "unknown_order", notification.ProviderReference, cancellationToken);
            }

            if (notification.Amount != attempt.Amount)
            {
                return await RejectAsync(provider, AttemptDecision.AmountMismatch, "amount_mismatch", notification.ProviderReference, cancellationToken);
            }

            if (!attempt.IsOpen)
            {
                logger.CallbackChangedNothing(wire, attempt.MerchantReference, nameof(AttemptDecision.Duplicate));
                return AttemptDecision.Duplicate;
            }

            if (notification.Outcome == PaymentOutcome.Pending)
            {
                logger.CallbackChangedNothing(wire, attempt.MerchantReference, nameof(AttemptDecision.Pending));
                return AttemptDecision.Pending;
            }

            var intent = await db.PaymentIntents.FirstAsync(p => p.Id == attempt.IntentId, cancellationToken);
            var now = time.GetUtcNow();
            Result<string> moved;
            if (notification.Outcome == PaymentOutcome.Succeeded)
            {
                attempt.Succeed(notification.ProviderTransactionId, now);
                moved = intent.Succeed(now);
            }
            else
            {
                // Declined, not found, or a code PayGov does not know: never a success (momo.md §8).
                attempt.Fail(notification.ProviderTransactionId, now);
                moved = intent.FailAttempt();
            }

            if (moved.IsSuccess)
            {
                outbox.Append(db, intent.PortalId, intent.Livemode, moved.Value, intent.Id, intent.Version, PaymentIntentResponse.From(intent, urls.Value.PublicBaseUrl));
            }

            try
            {
                // Not the request's token: once the provider has taken money, recording it must survive the caller hanging up.
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateException ex) when (round < ConcurrencyAttempts && (ex is DbUpdateConcurrencyException || StorageErrors.IsUniqueViolation(ex)))
            {
                // Another callback for this intent won the compare-and-set (or its event took this sequence number
                // first): reload and decide again, which finds the attempt completed.
                logger.ConcurrentChange(intent.Id, round);
                continue;
            }

            logger.AttemptCompleted(attempt.Id, wire, attempt.Status.ToString());
            if (!moved.IsSuccess)
            {
                return await RejectAsync(provider, AttemptDecision.LatePayment, "late_payment", attempt.MerchantReference, cancellationToken);
            }

            logger.IntentTransitioned(intent.Id, intent.Status.ToWire(), moved.Value);
            return AttemptDecision.Applied;
        }
    }

    /// <summary>Audits a callback that changed nothing: provider, reason and reference only, never its body.</summary>
    public async Task RecordRejectionAsync(ProviderId provider, string reason, string? merchantReference, CancellationToken cancellationToken)
    {
        var reference = MerchantReference.IsValid(merchantReference) ? merchantReference : null;
        logger.CallbackRejected(provider.ToWireName(), reason, reference);
        db.ChangeTracker.Clear();
        db.RejectedCallbacks.Add(new RejectedCallback
        {
            Provider = provider.ToWireName(),
            Reason = reason,
            MerchantReference = reference,
            ReceivedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<AttemptDecision> RejectAsync(
        ProviderId provider, AttemptDecision decision, string reason, string merchantReference, CancellationToken cancellationToken)
    {
        await RecordRejectionAsync(provider, reason, merchantReference, cancellationToken);
        return decision;
    }

    private async Task<Result<PaymentAttempt>> StartAsync(AuthenticatedPortal portal, string id, ProviderId provider, CancellationToken cancellationToken)
    {
        var intent = await db.PaymentIntents.FirstOrDefaultAsync(
            p => p.Id == id && p.PortalId == portal.PortalId && p.Livemode == portal.Livemode, cancellationToken);
        if (intent is null)
        {
            return new ApiError(ErrorCodes.ResourceMissing, $"No payment intent '{id}'.", "id");
        }

        var now = time.GetUtcNow();
        var attempt = new PaymentAttempt
        {
            Id = Ids.New(Ids.PaymentAttempt, time),
            IntentId = intent.Id,
            Provider = provider.ToWireName(),
            Method = Wallet,
            MerchantReference = MerchantReference.Create(now),
            Amount = intent.Amount,
            CreatedAt = now,
        };
        var moved = intent.StartAttempt(attempt.Provider, attempt.Method);
        if (!moved.IsSuccess)
        {
            return moved.Error;
        }

        db.PaymentAttempts.Add(attempt);
        outbox.Append(db, intent.PortalId, intent.Livemode, moved.Value, intent.Id, intent.Version, PaymentIntentResponse.From(intent, urls.Value.PublicBaseUrl));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ApiError(ErrorCodes.InvalidStateTransition, "The payment intent changed while the attempt started; retrieve it and try again.");
        }

        logger.IntentTransitioned(intent.Id, intent.Status.ToWire(), moved.Value);
        var start = new StartPaymentRequest(
            attempt.Id,
            intent.Id,
            attempt.MerchantReference,
            attempt.Amount,
            intent.Description ?? "PayGov " + intent.Reference,
            PaymentMethod.Wallet,
            intent.ReturnUrl ?? new Uri(urls.Value.PublicBaseUrl, $"pay/{intent.Id}").AbsoluteUri,
            null,
            now,
            intent.ExpiresAt);
        try
        {
            _ = provider == ProviderId.MoMo
                ? await moMo!.StartAsync(start, cancellationToken)
                : await zaloPay!.StartAsync(start, cancellationToken);
        }
        catch (ProviderException ex)
        {
            logger.AttemptNotStarted(attempt.Id, attempt.Provider, ex.Applied.ToString(), ex.ProviderCode);
            if (ex.Applied == ProviderApplied.No)
            {
                // Provably nothing at the provider: the citizen may try again at once.
                await ApplyAsync(provider, new ProviderNotification(attempt.MerchantReference, null, attempt.Amount, PaymentOutcome.Declined), cancellationToken);
            }
            else
            {
                db.ChangeTracker.Clear();
                db.PaymentAttempts.Attach(attempt);
                attempt.MarkUnknown();
                await db.SaveChangesAsync(CancellationToken.None);
            }

            return new ApiError(ErrorCodes.ProviderUnavailable, $"{attempt.Provider} did not start the payment.", "provider");
        }

        logger.AttemptStarted(attempt.Id, intent.Id, attempt.Provider, attempt.Amount);
        return attempt;
    }

    private bool IsConfigured(ProviderId provider) => provider switch
    {
        ProviderId.MoMo => moMo is not null,
        ProviderId.ZaloPay => zaloPay is not null,
        _ => false,
    };
}
