using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Infrastructure.Idempotency;
using PayGov.Gateway.Storage;
using PayGov.Providers;
using PayGov.Providers.BankTransfer;

namespace PayGov.Gateway.Payments;

/// <summary>The use cases of payment intents. Every change commits together with its event row.</summary>
public sealed class PaymentIntentService(
    PayGovDbContext db,
    EventOutbox outbox,
    TimeProvider time,
    IOptions<PaymentsOptions> options,
    IOptions<PayGovOptions> urls,
    IOptions<BankTransferOptions> bankTransfer,
    ILogger<PaymentIntentService> logger)
{
    private const int ConcurrencyAttempts = 3;
    private const string ClientSecretAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public PaymentIntentResponse ToResponse(PaymentIntent intent) => PaymentIntentResponse.From(intent, urls.Value.PublicBaseUrl);

    public async Task<Result<PaymentIntent>> CreateAsync(
        AuthenticatedPortal portal, CreatePaymentIntentRequest request, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(request);
        var limits = options.Value;
        var now = time.GetUtcNow();
        if (request.Amount > limits.MaxAmount)
        {
            return new ApiError(ErrorCodes.AmountTooLarge, $"'amount' may be at most {limits.MaxAmount} VND.", "amount");
        }

        var expiresAt = request.ExpiresAt?.ToUniversalTime() ?? now + limits.DefaultExpiry;
        if (expiresAt < now + limits.MinExpiry || expiresAt > now + limits.MaxExpiry)
        {
            return new ApiError(
                ErrorCodes.ExpiresAtInvalid,
                $"'expires_at' must be between {limits.MinExpiry.TotalMinutes:0} minutes and {limits.MaxExpiry.TotalDays:0} days from now.",
                "expires_at");
        }

        if (request.ReturnUrl is not null && !await AllowsReturnUrlAsync(portal.PortalId, new Uri(request.ReturnUrl), cancellationToken))
        {
            return new ApiError(ErrorCodes.ReturnUrlNotAllowed, "The host of 'return_url' is not on this portal's allow-list.", "return_url");
        }

        var intent = NewIntent(portal, request, now, expiresAt);
        db.PaymentIntents.Add(intent);
        outbox.Append(db, intent.PortalId, intent.Livemode, EventTypes.PaymentIntentCreated, intent.Id, intent.Version, ToResponse(intent));
        if (idempotency is not null)
        {
            db.IdempotencyRecords.Add(IdempotencyRecords.For(portal, idempotency, intent.Id, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (idempotency is not null && StorageErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return await ReplayFromDatabaseAsync(portal, idempotency, cancellationToken);
        }

        logger.IntentCreated(intent.Id, intent.PortalId, intent.Amount);
        return intent;
    }

    public async Task<Result<PaymentIntent>> GetAsync(AuthenticatedPortal portal, string id, CancellationToken cancellationToken) =>
        await db.PaymentIntents.FindOwnedAsync(portal, id, Ids.PaymentIntent, cancellationToken) is { } intent ? intent : NotFound(id);

    public async Task<Page<PaymentIntent>> ListAsync(AuthenticatedPortal portal, PaymentIntentListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var intents = db.PaymentIntents.OwnedBy(portal);
        if (query.Status is { } status)
        {
            intents = intents.Where(p => p.Status == status);
        }

        if (query.Reference is { } reference)
        {
            intents = intents.Where(p => p.Reference == reference);
        }

        if (query.CreatedGte is { } createdGte)
        {
            intents = intents.Where(p => p.CreatedAt >= createdGte);
        }

        if (query.CreatedLt is { } createdLt)
        {
            intents = intents.Where(p => p.CreatedAt < createdLt);
        }

        return await intents.ToPageAsync(query.Page, "/v1/payment_intents", cancellationToken);
    }

    public async Task<Result<PaymentIntent>> CancelAsync(AuthenticatedPortal portal, string id, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portal);
        if (!Ids.HasPrefix(id, Ids.PaymentIntent))
        {
            return NotFound(id);
        }

        for (var attempt = 1; attempt <= ConcurrencyAttempts; attempt++)
        {
            var intent = await db.PaymentIntents.OwnedBy(portal).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (intent is null)
            {
                return NotFound(id);
            }

            if (intent.Status == PaymentIntentStatus.Processing
                && await db.PaymentAttempts.AnyAsync(a => a.IntentId == id && a.Status == PaymentAttemptStatus.Unknown, cancellationToken))
            {
                // Canceling now would be a guess about money that may have moved (issue "Providers" item 5).
                return new ApiError(
                    ErrorCodes.PaymentInDoubt,
                    "A payment attempt's outcome is not known yet; PayGov is asking the provider. Retrieve the intent and try again in a few minutes.");
            }

            var moved = intent.Cancel(time.GetUtcNow(), reason);
            if (!moved.IsSuccess)
            {
                return moved.Error;
            }

            if (await TrySaveTransitionAsync(intent, moved.Value, attempt, cancellationToken))
            {
                return intent;
            }
        }

        return new ApiError(ErrorCodes.InvalidStateTransition, "The payment intent kept changing while it was being canceled; retry.", "id");
    }

    /// <summary>Moves intents whose <c>expires_at</c> has passed to <c>expired</c>; returns how many moved.</summary>
    public async Task<int> ExpireDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var bank = ProviderId.BankTransfer.ToWireName();

        // A bank transfer booked by expires_at still counts when its notification lands a little later (bank-notification.md §5).
        var bankDue = now - bankTransfer.Value.LateCreditGrace;
        var due = await db.PaymentIntents
            .Where(p => (p.Status == PaymentIntentStatus.RequiresPaymentMethod || p.Status == PaymentIntentStatus.Processing)
                && p.ExpiresAt <= now && (p.Provider != bank || p.ExpiresAt <= bankDue))
            .OrderBy(p => p.ExpiresAt)
            .Take(batchSize)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var intent = await db.PaymentIntents.FirstAsync(p => p.Id == id, cancellationToken);
            if (intent.Provider == bank)
            {
                await RefundUnderpaymentAsync(intent, cancellationToken);
            }

            var moved = intent.Expire();
            // Another node (or a citizen's payment) may have moved it since the query; its new state stands.
            if (moved.IsSuccess && await TrySaveTransitionAsync(intent, moved.Value, 1, cancellationToken))
            {
                expired++;
            }
        }

        return expired;
    }

    /// <summary>
    /// Rule 10 of bank-notification.md §5: an intent that expires with part of its money received refunds every
    /// credit matched to it, in the same unit of work as the expiry.
    /// </summary>
    private async Task RefundUnderpaymentAsync(PaymentIntent intent, CancellationToken cancellationToken)
    {
        var attempt = await db.PaymentAttempts.FirstOrDefaultAsync(
            a => a.IntentId == intent.Id && a.Provider == intent.Provider && (a.Status == PaymentAttemptStatus.Started || a.Status == PaymentAttemptStatus.Unknown),
            cancellationToken);
        if (attempt is null
            || BankCreditMatcher.OnExpiry(new BankTransferAttempt(attempt.ProviderReference, string.Empty, attempt.Amount, attempt.ReceivedAmount, BankIntentStatus.Processing, intent.ExpiresAt)) is null)
        {
            return;
        }

        attempt.Flag(PaymentAnomalies.Underpayment);
        foreach (var credit in await db.BankCredits.Where(c => c.AttemptId == attempt.Id && c.Exception == null).ToListAsync(cancellationToken))
        {
            credit.RefundInFull(PaymentAnomalies.Underpayment);
        }
    }

    private async Task<bool> TrySaveTransitionAsync(PaymentIntent intent, string eventType, int attempt, CancellationToken cancellationToken)
    {
        outbox.Append(db, intent.PortalId, intent.Livemode, eventType, intent.Id, intent.Version, ToResponse(intent));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (StorageErrors.IsLostRace(ex))
        {
            // Another writer moved the intent first: its version check failed, or (EF inserts the event before it
            // updates the intent) its event of the same sequence exists already. Reload and decide again.
            logger.ConcurrentChange(intent.Id, attempt);
            db.ChangeTracker.Clear();
            return false;
        }

        logger.IntentTransitioned(intent.Id, intent.Status.ToWire(), eventType);
        return true;
    }

    private async Task<Result<PaymentIntent>> ReplayFromDatabaseAsync(AuthenticatedPortal portal, IdempotencyKey idempotency, CancellationToken cancellationToken)
    {
        // The idempotency record's key is the only unique index an intent's insert can break.
        var replay = (await IdempotencyRecords.FindAsync(db, portal, idempotency, cancellationToken))!.Value;
        if (!replay.IsSuccess)
        {
            return replay.Error;
        }

        logger.IdempotentReplayFromDatabase(portal.PortalId, replay.Value);
        return await db.PaymentIntents.AsNoTracking().FirstAsync(p => p.Id == replay.Value, cancellationToken);
    }

    private async Task<bool> AllowsReturnUrlAsync(string portalId, Uri returnUrl, CancellationToken cancellationToken)
    {
        var portal = await db.Portals.AsNoTracking().FirstAsync(p => p.Id == portalId, cancellationToken);
        return portal.AllowsReturnHost(returnUrl.Host);
    }

    private PaymentIntent NewIntent(AuthenticatedPortal portal, CreatePaymentIntentRequest request, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        var id = Ids.New(Ids.PaymentIntent, time);
        return new PaymentIntent
        {
            Id = id,
            PortalId = portal.PortalId,
            Livemode = portal.Livemode,
            Reference = request.Reference!,
            Description = request.Description,
            Amount = request.Amount!.Value,
            FeeItems = request.FeeItems!.Select((item, index) => new FeeItem
            {
                ItemNo = index + 1,
                Code = item.Code!,
                Name = item.Name!,
                Amount = item.Amount!.Value,
                Budget = new BudgetCodes
                {
                    TreasuryCode = item.Budget!.TreasuryCode!,
                    BudgetChapter = item.Budget.BudgetChapter!,
                    BudgetSubItem = item.Budget.BudgetSubItem!,
                    RevenueAgency = item.Budget.RevenueAgency!,
                    AreaCode = item.Budget.AreaCode!,
                },
            }).ToList(),
            PayerName = request.Payer?.Name,
            PayerEmail = request.Payer?.Email,
            PayerPhone = request.Payer?.Phone,
            ReturnUrl = request.ReturnUrl,
            Metadata = request.Metadata ?? [],
            ClientSecret = $"{id}_secret_{RandomNumberGenerator.GetString(ClientSecretAlphabet, 24)}",
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
    }

    private static ApiError NotFound(string id) =>
        new(ErrorCodes.ResourceMissing, $"No payment intent '{id}'.", "id");
}
