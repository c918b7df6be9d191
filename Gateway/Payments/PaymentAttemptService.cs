using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Receipts;
using PayGov.Gateway.Refunds;
using PayGov.Gateway.Routing;
using PayGov.Gateway.Storage;
using PayGov.Providers;

namespace PayGov.Gateway.Payments;

/// <summary>
/// Attempts at providers: starting one (routed, with failover while a start provably did not happen), settling
/// doubt by asking the provider, and recording what a verified provider word says, exactly once. Callers have
/// already decided who may act on the intent (a portal's key, a citizen's client secret).
/// </summary>
public sealed class PaymentAttemptService(
    PayGovDbContext db,
    EventOutbox outbox,
    TimeProvider time,
    IOptions<PayGovOptions> urls,
    IOptions<PaymentsOptions> options,
    PaymentProviderRegistry providers,
    PaymentRouter router,
    RefundService refunds,
    ILogger<PaymentAttemptService> logger)
{
    private const int ConcurrencyAttempts = 3;

    private static readonly PaymentMethod[] MethodPreference = [PaymentMethod.Wallet, PaymentMethod.Card, PaymentMethod.BankTransfer];

    public IPaymentProvider? Provider(ProviderId id) => providers.Find(id);

    /// <summary>The method a test helper uses at <paramref name="provider"/>: its wallet, else its cards, else bank transfer.</summary>
    public static PaymentMethod DefaultMethodOf(IPaymentProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return MethodPreference.First(provider.Methods.Contains);
    }

    /// <summary>
    /// Starts an attempt for the citizen's choice. An attempt still open is settled first (asked at its provider;
    /// abandoned only while the provider says "not paid"). Candidates are tried in routing order while a start
    /// provably did not happen; a start whose outcome is unknown ends the action and waits for the query.
    /// </summary>
    public async Task<Result<PaymentAttempt>> StartAsync(string intentId, AttemptChoice choice, string? payerIpAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var room = await MakeRoomAsync(intentId, cancellationToken);
        if (!room.IsSuccess)
        {
            return room.Error;
        }

        var intent = room.Value;
        var candidates = choice.Only is { } only
            ? providers.Find(only) is { } chosen && chosen.Methods.Contains(choice.Method) && chosen.Limits.Allows(intent.Amount) ? [chosen] : []
            : await router.CandidatesAsync(choice.Method, intent.Amount, choice.Preferred, cancellationToken);
        if (candidates.Count == 0)
        {
            return new ApiError(
                ErrorCodes.ProviderUnavailable,
                $"No provider can take a {choice.Method.ToWireName()} payment of {intent.Amount} VND now; choose another way to pay or try again later.",
                "method");
        }

        ApiError? refused = null;
        foreach (var provider in candidates)
        {
            var started = await StartAtAsync(intentId, provider, choice.Method, payerIpAddress, cancellationToken);
            if (started.Attempt is not null)
            {
                return started.Attempt;
            }

            refused = started.Error;
            if (!started.MayTryNext)
            {
                break;
            }
        }

        return refused!;
    }

    /// <summary>
    /// Asks the provider about an open attempt and records a final answer through the same path as a callback.
    /// Anything short of a final answer keeps the attempt in doubt and schedules the next question.
    /// </summary>
    public async Task<PaymentAttempt> SettleAsync(PaymentAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (!ProviderIdExtensions.TryParseWireName(attempt.Provider, out var id) || providers.Find(id) is not { } provider || !CanBeAsked(id))
        {
            return attempt;
        }

        ProviderPaymentStatus? status = null;
        try
        {
            status = await provider.QueryAsync(attempt.ProviderReference, cancellationToken);
            await router.ReportAsync(id, healthy: true, cancellationToken);
        }
        catch (ProviderException ex)
        {
            logger.AttemptQueryFailed(attempt.Id, attempt.Provider, ex.ProviderCode);
            await router.ReportAsync(id, healthy: ex is not ProviderUnavailableException, cancellationToken);
        }

        if (status is { Outcome: PaymentOutcome.Succeeded or PaymentOutcome.Declined or PaymentOutcome.NotFound })
        {
            await ApplyAsync(id, new ProviderNotification(attempt.ProviderReference, status.ProviderTransactionId, status.Amount ?? attempt.Amount, status.Outcome), cancellationToken);
        }
        else
        {
            await ScheduleNextQueryAsync(attempt.Id, cancellationToken);
        }

        db.ChangeTracker.Clear();
        return await db.PaymentAttempts.AsNoTracking().FirstAsync(a => a.Id == attempt.Id, cancellationToken);
    }

    /// <summary>
    /// Records a verified notification on its attempt: the first final word moves the attempt and its intent
    /// together with the intent's events; anything after it changes nothing. A success for an intent that is
    /// closed (canceled, expired) or already paid by another attempt is recorded and flagged, never dropped.
    /// </summary>
    public async Task<AttemptDecision> ApplyAsync(ProviderId provider, ProviderNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var wire = provider.ToWireName();
        for (var round = 1; ; round++)
        {
            db.ChangeTracker.Clear();
            var attempt = await db.PaymentAttempts.FirstOrDefaultAsync(
                a => a.Provider == wire && a.ProviderReference == notification.ProviderReference, cancellationToken);
            if (attempt is null)
            {
                return await RejectAsync(provider, AttemptDecision.UnknownOrder, "unknown_order", notification.ProviderReference, cancellationToken);
            }

            if (notification.Amount != attempt.Amount)
            {
                return await RejectAsync(provider, AttemptDecision.AmountMismatch, "amount_mismatch", attempt.MerchantReference, cancellationToken);
            }

            if (!attempt.Accepts(notification.Outcome))
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
            var moves = new List<IntentMove>();
            string? anomaly = null;
            if (notification.Outcome == PaymentOutcome.Succeeded)
            {
                attempt.Succeed(notification.ProviderTransactionId, now);
                if (intent.Status == PaymentIntentStatus.RequiresPaymentMethod)
                {
                    // An abandoned attempt paid after all, and nothing else is running: it becomes the intent's attempt again.
                    moves.Add(IntentMove.Of(intent, intent.StartAttempt(attempt.Provider, attempt.Method), urls.Value.PublicBaseUrl));
                }

                var succeeded = intent.Succeed(now);
                if (succeeded.IsSuccess)
                {
                    moves.Add(IntentMove.Of(intent, succeeded, urls.Value.PublicBaseUrl));

                    // The receipt commits with the success: a paid intent without one can never be seen.
                    db.Receipts.Add(Receipt.Issue(attempt, now));
                }
                else
                {
                    anomaly = intent.Status == PaymentIntentStatus.Succeeded ? PaymentAnomalies.DoublePayment : PaymentAnomalies.LatePayment;
                    attempt.Flag(anomaly);
                }
            }
            else if (attempt.Status == PaymentAttemptStatus.Abandoned)
            {
                return AttemptDecision.Duplicate;
            }
            else
            {
                // Declined, not found, or a code PayGov does not know: never a success (momo.md §8).
                attempt.Fail(notification.ProviderTransactionId, now);
                if (intent.Status == PaymentIntentStatus.Processing)
                {
                    moves.Add(IntentMove.Of(intent, intent.FailAttempt(), urls.Value.PublicBaseUrl));
                }
            }

            AppendEvents(intent, moves);
            try
            {
                // Not the request's token: once the provider has taken money, recording it must survive the caller hanging up.
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (Exception ex) when (round < ConcurrencyAttempts && StorageErrors.IsLostRace(ex))
            {
                // Another callback for this intent won the compare-and-set (or its event took this sequence number
                // first): reload and decide again, which finds the attempt completed.
                logger.ConcurrentChange(intent.Id, round);
                continue;
            }

            logger.AttemptCompleted(attempt.Id, wire, attempt.Status.ToString());
            if (anomaly is not null)
            {
                await RefundAnomalyOrDeferAsync(attempt.Id, anomaly);
                return await RejectAsync(provider, AttemptDecision.LatePayment, anomaly, attempt.MerchantReference, cancellationToken);
            }

            foreach (var move in moves)
            {
                logger.IntentTransitioned(intent.Id, move.Snapshot.Status, move.EventType);
            }

            return AttemptDecision.Applied;
        }
    }

    /// <summary>
    /// Gives an unowed payment back at once. The attempt and its anomaly are committed already, so a failure here
    /// (the database gone for a moment) must not fail the callback, whose retry would find nothing left to do:
    /// <see cref="Refunds.AnomalyRefundJob"/> finds the anomaly without its refund and makes it.
    /// </summary>
    private async Task RefundAnomalyOrDeferAsync(string attemptId, string anomaly)
    {
        try
        {
            await refunds.RefundAnomalyAsync(attemptId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.AutomaticRefundDeferred(attemptId, anomaly, ex);
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

    /// <summary>Attempts whose question to the provider is due, oldest first.</summary>
    public async Task<List<PaymentAttempt>> DueForQueryAsync(int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.PaymentAttempts.AsNoTracking()
            .Where(a => a.NextQueryAt != null && a.NextQueryAt <= now)
            .OrderBy(a => a.NextQueryAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The intent's attempt that is neither paid nor failed, if any (at most one is: a new one starts only after it is settled).</summary>
    public Task<PaymentAttempt?> OpenAttemptAsync(string intentId, CancellationToken cancellationToken) =>
        db.PaymentAttempts.AsNoTracking()
            .Where(a => a.IntentId == intentId && (a.Status == PaymentAttemptStatus.Started || a.Status == PaymentAttemptStatus.Unknown))
            .OrderByDescending(a => a.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<AttemptDecision> RejectAsync(
        ProviderId provider, AttemptDecision decision, string reason, string merchantReference, CancellationToken cancellationToken)
    {
        await RecordRejectionAsync(provider, reason, merchantReference, cancellationToken);
        return decision;
    }

    /// <summary>
    /// Brings the intent back to <c>requires_payment_method</c> when an earlier attempt is still open and its
    /// provider says it is not paid; refuses while the provider cannot say.
    /// </summary>
    private async Task<Result<PaymentIntent>> MakeRoomAsync(string intentId, CancellationToken cancellationToken)
    {
        var open = await OpenAttemptAsync(intentId, cancellationToken);
        if (open is not null)
        {
            var settled = await SettleAsync(open, cancellationToken);
            if (settled.IsInDoubt)
            {
                return new ApiError(
                    ErrorCodes.PaymentInDoubt,
                    "The last payment attempt's outcome is not known yet; PayGov is asking the provider. Try again in a few minutes.");
            }

            if (settled.IsOpen && !await AbandonAsync(settled.Id, cancellationToken))
            {
                return new ApiError(ErrorCodes.InvalidStateTransition, "The payment changed while a new attempt started; retrieve it and try again.");
            }
        }

        db.ChangeTracker.Clear();
        var intent = await db.PaymentIntents.AsNoTracking().FirstOrDefaultAsync(p => p.Id == intentId, cancellationToken);
        return intent is null ? new ApiError(ErrorCodes.ResourceMissing, $"No payment intent '{intentId}'.", "id") : intent;
    }

    private async Task<bool> AbandonAsync(string attemptId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var attempt = await db.PaymentAttempts.FirstAsync(a => a.Id == attemptId, cancellationToken);
        var intent = await db.PaymentIntents.FirstAsync(p => p.Id == attempt.IntentId, cancellationToken);
        attempt.Abandon(time.GetUtcNow());
        var moves = intent.Status == PaymentIntentStatus.Processing ? new List<IntentMove> { IntentMove.Of(intent, intent.FailAttempt(), urls.Value.PublicBaseUrl) } : [];
        AppendEvents(intent, moves);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.AttemptAbandoned(attempt.Id, attempt.Provider);
            return true;
        }
        catch (Exception ex) when (StorageErrors.IsLostRace(ex))
        {
            return false;
        }
    }

    private async Task<StartOutcome> StartAtAsync(
        string intentId, IPaymentProvider provider, PaymentMethod method, string? payerIpAddress, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var intent = await db.PaymentIntents.FirstAsync(p => p.Id == intentId, cancellationToken);
        var now = time.GetUtcNow();
        var reference = MerchantReference.Create(now);
        var attempt = new PaymentAttempt
        {
            Id = Ids.New(Ids.PaymentAttempt, time),
            IntentId = intent.Id,
            Provider = provider.ProviderId.ToWireName(),
            Method = method.ToWireName(),
            MerchantReference = reference,
            ProviderReference = reference,
            Amount = intent.Amount,
            CreatedAt = now,
        };
        attempt.AskAt(now + options.Value.CallbackTimeout);
        var moved = intent.StartAttempt(attempt.Provider, attempt.Method);
        if (!moved.IsSuccess)
        {
            return StartOutcome.Refused(moved.Error, mayTryNext: false);
        }

        db.PaymentAttempts.Add(attempt);
        AppendEvents(intent, [IntentMove.Of(intent, moved, urls.Value.PublicBaseUrl)]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (StorageErrors.IsLostRace(ex))
        {
            return StartOutcome.Refused(
                new ApiError(ErrorCodes.InvalidStateTransition, "The payment intent changed while the attempt started; retrieve it and try again."),
                mayTryNext: false);
        }

        logger.IntentTransitioned(intent.Id, intent.Status.ToWire(), moved.Value);
        var start = new StartPaymentRequest(
            attempt.Id,
            intent.Id,
            attempt.MerchantReference,
            attempt.Amount,
            intent.Description ?? "PayGov " + intent.Reference,
            method,
            new Uri(urls.Value.PublicBaseUrl, $"pay/{intent.Id}/return").AbsoluteUri,
            payerIpAddress,
            now,
            intent.ExpiresAt);
        StartPaymentResult next;
        try
        {
            next = await provider.StartAsync(start, cancellationToken);
        }
        catch (ProviderException ex)
        {
            logger.AttemptNotStarted(attempt.Id, attempt.Provider, ex.Applied.ToString(), ex.ProviderCode);
            await router.ReportAsync(provider.ProviderId, healthy: ex is not ProviderUnavailableException, CancellationToken.None);
            if (ex.Applied == ProviderApplied.No)
            {
                // Provably nothing at the provider: the next candidate may be tried within the same citizen action.
                await ApplyAsync(provider.ProviderId, new ProviderNotification(attempt.ProviderReference, null, attempt.Amount, PaymentOutcome.Declined), cancellationToken);
                return StartOutcome.Refused(new ApiError(ErrorCodes.ProviderUnavailable, $"{attempt.Provider} did not start the payment.", "provider"), mayTryNext: true);
            }

            await MarkUnknownAsync(attempt.Id);
            return StartOutcome.Refused(
                new ApiError(ErrorCodes.PaymentInDoubt, $"{attempt.Provider} did not answer in time; PayGov is asking it whether the payment started."),
                mayTryNext: false);
        }

        await router.ReportAsync(provider.ProviderId, healthy: true, CancellationToken.None);
        db.ChangeTracker.Clear();
        db.PaymentAttempts.Attach(attempt);
        attempt.Started(next);
        if (!CanBeAsked(provider.ProviderId))
        {
            attempt.StopAsking();
        }

        await db.SaveChangesAsync(CancellationToken.None);
        logger.AttemptStarted(attempt.Id, intent.Id, attempt.Provider, attempt.Amount);
        return new StartOutcome(attempt, null, false);
    }

    /// <summary>
    /// A bank has no lookup (bank-notification.md): a bank-transfer attempt is never in doubt, it waits for its credit
    /// notification or the statement, and a citizen choosing again simply abandons it (a later credit is still matched).
    /// </summary>
    private static bool CanBeAsked(ProviderId id) => id != ProviderId.BankTransfer;

    private async Task MarkUnknownAsync(string attemptId)
    {
        db.ChangeTracker.Clear();
        var attempt = await db.PaymentAttempts.FirstAsync(a => a.Id == attemptId, CancellationToken.None);
        if (attempt.IsOpen)
        {
            attempt.MarkUnknown(time.GetUtcNow() + DoubtSchedule.After(0));
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    private async Task ScheduleNextQueryAsync(string attemptId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var attempt = await db.PaymentAttempts.FirstAsync(a => a.Id == attemptId, cancellationToken);
        if (!attempt.IsOpen)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (attempt.NextQueryAt <= now && attempt.Status == PaymentAttemptStatus.Started)
        {
            // The callback did not come in time: from now on the outcome is explicitly unknown.
            attempt.MarkUnknown(now);
        }

        attempt.Queried(now + DoubtSchedule.After(attempt.Queries));
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (StorageErrors.IsLostRace(ex))
        {
            // A callback or another node settled it meanwhile: nothing left to schedule.
        }
    }

    private void AppendEvents(PaymentIntent intent, IEnumerable<IntentMove> moves) => IntentMove.AppendEvents(outbox, db, intent, moves);

    private sealed record StartOutcome(PaymentAttempt? Attempt, ApiError? Error, bool MayTryNext)
    {
        public static StartOutcome Refused(ApiError error, bool mayTryNext) => new(null, error, mayTryNext);
    }
}
