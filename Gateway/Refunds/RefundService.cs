using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Infrastructure.Idempotency;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Storage;
using PayGov.Providers;

namespace PayGov.Gateway.Refunds;

/// <summary>
/// Refunds of paid attempts. A portal's refund first reserves its amount on the intent (under the intent's version,
/// with the refund row and both events, in one transaction), then asks the provider outside that transaction. The
/// provider's word moves the refund once; a failure gives the amount back; a refund whose outcome is not known stays
/// pending and is asked about on a back-off, under the same reference, which the provider de-duplicates.
/// </summary>
public sealed class RefundService(
    PayGovDbContext db,
    EventOutbox outbox,
    TimeProvider time,
    IOptions<PayGovOptions> urls,
    PaymentProviderRegistry providers,
    ILogger<RefundService> logger)
{
    // Every round lets at least one of the writers racing on an intent through, so this many rounds decide this many
    // concurrent refunds of one intent; beyond that the caller is told to retry.
    private const int ConcurrencyRounds = 16;

    /// <summary>Who asks the provider for an automatic refund (VNPAY's <c>vnp_CreateBy</c>).</summary>
    private const string AutomaticRequester = "paygov";

    public static RefundResponse ToResponse(Refund refund) => RefundResponse.From(refund);

    /// <summary>Creates a portal's refund of its succeeded intent: all that is not refunded yet, or <c>amount</c>.</summary>
    public async Task<Result<Refund>> CreateAsync(
        AuthenticatedPortal portal, CreateRefundRequest request, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(request);
        var intentId = request.PaymentIntent!;
        if (!Ids.HasPrefix(intentId, Ids.PaymentIntent))
        {
            return IntentNotFound(intentId);
        }

        for (var round = 1; round <= ConcurrencyRounds; round++)
        {
            db.ChangeTracker.Clear();
            var intent = await db.PaymentIntents
                .FirstOrDefaultAsync(p => p.Id == intentId && p.PortalId == portal.PortalId && p.Livemode == portal.Livemode, cancellationToken);
            if (intent is null)
            {
                return IntentNotFound(intentId);
            }

            var amount = request.Amount ?? intent.AmountRefundable;
            var reserved = intent.ReserveRefund(amount);
            if (!reserved.IsSuccess)
            {
                return reserved.Error;
            }

            var paid = await db.PaymentAttempts.AsNoTracking()
                .FirstAsync(a => a.IntentId == intent.Id && a.Status == PaymentAttemptStatus.Succeeded && a.Anomaly == null, cancellationToken);
            var now = time.GetUtcNow();
            var refund = NewRefund(intent, paid, amount, request.Reason, request.Metadata ?? [], RefundOrigin.Portal, now);
            outbox.Append(db, intent.PortalId, intent.Livemode, reserved.Value, intent.Id, intent.Version, PaymentIntentResponse.From(intent, urls.Value.PublicBaseUrl));
            if (idempotency is not null)
            {
                db.IdempotencyRecords.Add(IdempotencyRecords.For(portal, idempotency, refund.Id, now));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception ex) when (StorageErrors.IsLostRace(ex))
            {
                // Either another refund reserved on this intent first (its version, or its event of the same
                // sequence), or this key was used before while the fast store had lost it.
                db.ChangeTracker.Clear();
                if (idempotency is not null && await IdempotencyRecords.FindAsync(db, portal, idempotency, cancellationToken) is { } replay)
                {
                    return await ReplayAsync(portal, replay, cancellationToken);
                }

                logger.RefundConcurrentChange(refund.Id, round);
                continue;
            }

            logger.RefundCreated(refund.Id, intent.Id, nameof(RefundOrigin.Portal), amount);
            return await SubmitAsync(refund.Id);
        }

        return new ApiError(
            ErrorCodes.InvalidStateTransition,
            "The payment intent kept changing while the refund was reserved; retry with the same Idempotency-Key.",
            "payment_intent");
    }

    /// <summary>
    /// Refunds a late or double payment in full, once (a unique index guards it), without touching the intent's
    /// <c>amount_refunded</c>: the money is not the intent's payment. The attempt keeps its anomaly for reconciliation.
    /// </summary>
    public async Task<Refund?> RefundAnomalyAsync(string attemptId)
    {
        // Not the caller's token: the provider has taken money that is not owed, and giving it back must not depend on the caller waiting.
        db.ChangeTracker.Clear();
        var attempt = await db.PaymentAttempts.AsNoTracking().FirstAsync(a => a.Id == attemptId, CancellationToken.None);

        // A bank transfer's anomaly is on its credit, and the attempt is the intent's own payment: never refunded here.
        if (attempt.Anomaly is not (PaymentAnomalies.LatePayment or PaymentAnomalies.DoublePayment)
            || attempt.Status != PaymentAttemptStatus.Succeeded
            || attempt.Provider == ProviderId.BankTransfer.ToWireName()
            || await db.Refunds.AnyAsync(r => r.AttemptId == attemptId && r.Origin == RefundOrigin.Automatic, CancellationToken.None))
        {
            return null;
        }

        var intent = await db.PaymentIntents.AsNoTracking().FirstAsync(p => p.Id == attempt.IntentId, CancellationToken.None);
        var refund = NewRefund(intent, attempt, attempt.Amount, attempt.Anomaly, [], RefundOrigin.Automatic, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException ex) when (StorageErrors.IsUniqueViolation(ex))
        {
            // Another node or callback created it first.
            return null;
        }

        logger.AutomaticRefund(attempt.Id, attempt.Anomaly, attempt.Amount, refund.Id);
        return await SubmitAsync(refund.Id);
    }

    public async Task<Result<Refund>> GetAsync(AuthenticatedPortal portal, string id, CancellationToken cancellationToken) =>
        await db.Refunds.FindOwnedAsync(portal, id, Ids.Refund, cancellationToken) is { } refund ? refund : RefundNotFound(id);

    public async Task<Page<Refund>> ListAsync(AuthenticatedPortal portal, RefundListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var refunds = db.Refunds.OwnedBy(portal);
        if (query.PaymentIntent is { } intentId)
        {
            refunds = refunds.Where(r => r.IntentId == intentId);
        }

        return await refunds.ToPageAsync(query.Page, "/v1/refunds", cancellationToken);
    }

    /// <summary>
    /// Late and double payments through a provider's API, completed at least <paramref name="grace"/> ago (the callback
    /// that found them refunds them at once), that have no automatic refund: their ids, oldest first. A bank
    /// transfer's anomaly is on its credit, which an accountant pays back, not on the attempt.
    /// </summary>
    public async Task<List<string>> AnomaliesWithoutRefundAsync(TimeSpan grace, int limit, CancellationToken cancellationToken)
    {
        var completedBefore = time.GetUtcNow() - grace;
        var bankTransfer = ProviderId.BankTransfer.ToWireName();
        return await db.PaymentAttempts.AsNoTracking()
            .Where(a => a.Anomaly != null
                && (a.Anomaly == PaymentAnomalies.LatePayment || a.Anomaly == PaymentAnomalies.DoublePayment)
                && a.Status == PaymentAttemptStatus.Succeeded
                && a.Provider != bankTransfer
                && a.CompletedAt <= completedBefore
                && !db.Refunds.Any(r => r.AttemptId == a.Id && r.Origin == RefundOrigin.Automatic))
            .OrderBy(a => a.CompletedAt)
            .Select(a => a.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Pending refunds whose question to the provider is due, oldest first.</summary>
    public async Task<List<Refund>> DueForQueryAsync(int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Refunds.AsNoTracking()
            .Where(r => r.NextQueryAt != null && r.NextQueryAt <= now)
            .OrderBy(r => r.NextQueryAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Asks the provider where a pending refund stands. A refund the provider provably never received (and
    /// de-duplicates by its reference) is sent again as it was; anything short of a final word asks again later.
    /// </summary>
    public async Task<Refund> SettleAsync(Refund refund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var attempt = await db.PaymentAttempts.AsNoTracking().FirstAsync(a => a.Id == refund.AttemptId, cancellationToken);
        if (ProviderOf(refund, attempt) is not { } provider)
        {
            return await RecordAsync(refund.Id, ProviderWord.Manual);
        }

        var request = RequestOf(refund, attempt);
        ProviderWord word;
        try
        {
            var status = await provider.QueryRefundAsync(request, cancellationToken);
            word = ProviderWord.Of(status ?? await provider.RefundAsync(request, CancellationToken.None));
        }
        catch (ProviderException ex)
        {
            // It was sent once already: whatever this failure says, only the provider's word settles it.
            logger.RefundUnanswered(refund.Id, refund.Provider, ex.Applied.ToString(), ex.ProviderCode);
            word = ProviderWord.Unanswered;
        }

        return await RecordAsync(refund.Id, word);
    }

    /// <summary>Sends a new refund to its provider and records the answer; outside any transaction, and beyond the caller's patience.</summary>
    private async Task<Refund> SubmitAsync(string refundId)
    {
        db.ChangeTracker.Clear();
        var refund = await db.Refunds.AsNoTracking().FirstAsync(r => r.Id == refundId, CancellationToken.None);
        var attempt = await db.PaymentAttempts.AsNoTracking().FirstAsync(a => a.Id == refund.AttemptId, CancellationToken.None);
        if (ProviderOf(refund, attempt) is not { } provider)
        {
            return await RecordAsync(refundId, ProviderWord.Manual);
        }

        ProviderWord word;
        try
        {
            word = ProviderWord.Of(await provider.RefundAsync(RequestOf(refund, attempt), CancellationToken.None));
        }
        catch (ProviderException ex)
        {
            logger.RefundUnanswered(refund.Id, refund.Provider, ex.Applied.ToString(), ex.ProviderCode);
            // Provably never received: nothing was refunded, and the portal may simply ask again.
            word = ex.Applied == ProviderApplied.No ? ProviderWord.Unreachable : ProviderWord.Unanswered;
        }

        return await RecordAsync(refundId, word);
    }

    /// <summary>
    /// Moves a pending refund by the provider's word, with its event, and for a failed portal refund gives its
    /// amount back to the intent with the intent's event, in one transaction. A refund no longer pending was
    /// settled by someone else (another node, a concurrent query) and stays as it is.
    /// </summary>
    private async Task<Refund> RecordAsync(string refundId, ProviderWord word)
    {
        for (var round = 1; ; round++)
        {
            db.ChangeTracker.Clear();
            var refund = await db.Refunds.FirstAsync(r => r.Id == refundId, CancellationToken.None);
            if (!refund.IsPending)
            {
                return refund;
            }

            var now = time.GetUtcNow();
            var holdsIntentAmount = refund.HoldsIntentAmount;
            var eventType = word.Verdict switch
            {
                RefundVerdict.Succeeded => refund.Succeed(word.ProviderRefundId, now),
                RefundVerdict.Failed => refund.Fail(word.FailureCode!, now),
                RefundVerdict.RequiresAction => refund.RequireAction(now),
                _ => null,
            };
            if (eventType is null)
            {
                refund.Queried(word.ProviderRefundId, now + DoubtSchedule.After(refund.Queries));
            }
            else
            {
                outbox.Append(db, refund.PortalId, refund.Livemode, eventType, refund.Id, refund.Version, ToResponse(refund));
                if (holdsIntentAmount && !refund.HoldsIntentAmount)
                {
                    var intent = await db.PaymentIntents.FirstAsync(p => p.Id == refund.IntentId, CancellationToken.None);
                    var released = intent.ReleaseRefund(refund.Amount);
                    outbox.Append(db, intent.PortalId, intent.Livemode, released, intent.Id, intent.Version, PaymentIntentResponse.From(intent, urls.Value.PublicBaseUrl));
                }
            }

            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (Exception ex) when (round < ConcurrencyRounds && StorageErrors.IsLostRace(ex))
            {
                logger.RefundConcurrentChange(refundId, round);
                continue;
            }

            logger.RefundRecorded(refund.Id, refund.Provider, refund.Status.ToString(), word.ProviderCode);
            return refund;
        }
    }

    private async Task<Result<Refund>> ReplayAsync(AuthenticatedPortal portal, Result<string> replay, CancellationToken cancellationToken)
    {
        if (!replay.IsSuccess)
        {
            return replay.Error;
        }

        logger.IdempotentReplayFromDatabase(portal.PortalId, replay.Value);
        return await db.Refunds.AsNoTracking().FirstAsync(r => r.Id == replay.Value, cancellationToken);
    }

    /// <summary>The adapter that refunds by API, or <see langword="null"/> when an accountant must pay it back by hand.</summary>
    private IPaymentProvider? ProviderOf(Refund refund, PaymentAttempt attempt) =>
        attempt.ProviderTransactionId is not null && ProviderIdExtensions.TryParseWireName(refund.Provider, out var id) ? providers.Find(id) : null;

    /// <summary>The same request every time for the same refund: the provider de-duplicates by its reference and the values it signs.</summary>
    private static ProviderRefundRequest RequestOf(Refund refund, PaymentAttempt attempt) => new(
        refund.Reference,
        attempt.MerchantReference,
        attempt.ProviderTransactionId!,
        refund.Amount,
        attempt.Amount,
        attempt.CreatedAt,
        refund.Origin == RefundOrigin.Portal && refund.Reason is { } reason ? reason : $"PayGov hoàn tiền {refund.Id}",
        refund.Origin == RefundOrigin.Portal ? refund.PortalId : AutomaticRequester);

    private Refund NewRefund(
        PaymentIntent intent, PaymentAttempt attempt, long amount, string? reason, Dictionary<string, string> metadata, RefundOrigin origin, DateTimeOffset now)
    {
        var reference = MerchantReference.Create(now);
        var refund = new Refund
        {
            Id = Ids.New(Ids.Refund, time),
            IntentId = intent.Id,
            AttemptId = attempt.Id,
            PortalId = intent.PortalId,
            Livemode = intent.Livemode,
            Amount = amount,
            Reason = reason,
            Metadata = metadata,
            Origin = origin,
            Provider = attempt.Provider,
            Reference = reference,
            ReferenceAtProvider = ProviderIdExtensions.TryParseWireName(attempt.Provider, out var id) && providers.Find(id) is { } provider
                ? provider.RefundId(reference)
                : reference,
            CreatedAt = now,
        };

        // Asked about after the first back-off step should the node stop before the provider's answer is recorded.
        var created = refund.Created(now + DoubtSchedule.After(0));
        db.Refunds.Add(refund);
        outbox.Append(db, refund.PortalId, refund.Livemode, created, refund.Id, refund.Version, ToResponse(refund));
        return refund;
    }

    private static ApiError IntentNotFound(string id) => new(ErrorCodes.ResourceMissing, $"No payment intent '{id}'.", "payment_intent");

    private static ApiError RefundNotFound(string id) => new(ErrorCodes.ResourceMissing, $"No refund '{id}'.", "id");
}
