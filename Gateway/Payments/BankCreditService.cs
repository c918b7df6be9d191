using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Receipts;
using PayGov.Gateway.Storage;
using PayGov.Providers;
using PayGov.Providers.BankTransfer;

namespace PayGov.Gateway.Payments;

/// <summary>
/// Steps 7 and 8 of bank-notification.md §2.3 for a credit the adapter verified: de-duplicate by the bank's
/// <c>transaction_id</c>, record the credit whatever it matches, and apply the amount rules of §5 to its attempt and
/// intent in the same transaction, events included. A matched and an unmatched credit get the same answer.
/// </summary>
public sealed class BankCreditService(
    PayGovDbContext db,
    EventOutbox outbox,
    TimeProvider time,
    IOptions<PayGovOptions> urls,
    PaymentAttemptService attempts,
    ILogger<BankCreditService> logger)
{
    private const int ConcurrencyAttempts = 3;
    private static readonly string Wire = ProviderId.BankTransfer.ToWireName();

    public async Task<BankNotificationAnswer> RecordAsync(string connectorId, ProviderNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var credit = notification.BankCredit ?? throw new ArgumentException("Not a bank credit.", nameof(notification));
        for (var round = 1; ; round++)
        {
            db.ChangeTracker.Clear();
            var known = await db.BankCredits.AsNoTracking()
                .FirstOrDefaultAsync(c => c.ConnectorId == connectorId && c.TransactionId == credit.TransactionId, cancellationToken);
            if (known is not null)
            {
                var answer = new BankRecordedCredit(known.AccountNumber, known.Amount, known.CreditTime).CompareWith(credit);
                if (answer == BankNotificationAnswer.NotificationConflict)
                {
                    // The bank reused an id for other content: nothing is stored, an operator must look.
                    logger.BankNotificationConflict(connectorId, credit.TransactionId);
                    await attempts.RecordRejectionAsync(ProviderId.BankTransfer, ErrorCodes.NotificationConflict, null, cancellationToken);
                }
                else
                {
                    logger.CallbackChangedNothing(Wire, credit.TransactionId, nameof(AttemptDecision.Duplicate));
                }

                return answer;
            }

            var references = TransferReference.FindIn(credit.Description);
            var attempt = references.Count == 1
                ? await db.PaymentAttempts.FirstOrDefaultAsync(a => a.Provider == Wire && a.ProviderReference == references[0], cancellationToken)
                : null;
            var intent = attempt is null ? null : await db.PaymentIntents.FirstAsync(p => p.Id == attempt.IntentId, cancellationToken);
            var match = BankCreditMatcher.Match(credit, references, attempt is null ? null : Snapshot(attempt, intent!));
            var linked = attempt is not null
                && match.ExceptionReason is not (BankCreditExceptionReason.UnmatchedCredit or BankCreditExceptionReason.AccountMismatch);
            var moves = linked ? Apply(match, credit, attempt!, intent!) : [];
            var recorded = new BankCredit
            {
                Id = Ids.New(Ids.BankCredit, time),
                ConnectorId = connectorId,
                TransactionId = credit.TransactionId,
                BankCode = credit.BankCode,
                AccountNumber = credit.AccountNumber,
                Amount = credit.Amount,
                CreditTime = credit.CreditTime.ToUniversalTime(),
                Description = credit.Description,
                BankReference = credit.BankReference,
                CounterBankCode = credit.CounterAccount?.BankCode,
                CounterAccountNumber = credit.CounterAccount?.Number,
                CounterAccountName = credit.CounterAccount?.Name,
                MatchedReference = match.MatchedReference,
                AttemptId = linked ? attempt!.Id : null,
                ReceivedAt = time.GetUtcNow(),
            };
            if (match.ExceptionReason != BankCreditExceptionReason.None)
            {
                recorded.Flag(JsonNamingPolicy.SnakeCaseLower.ConvertName(match.ExceptionReason.ToString()), match.RefundAmount);
            }

            db.BankCredits.Add(recorded);
            if (intent is not null)
            {
                IntentMove.AppendEvents(outbox, db, intent, moves);
            }

            try
            {
                // Not the request's token: the money is in the account; recording it must survive the sender hanging up.
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (Exception ex) when (round < ConcurrencyAttempts && StorageErrors.IsLostRace(ex))
            {
                // Another credit for the same attempt, or a copy of this one, landed first: decide again on fresh data.
                logger.ConcurrentChange(attempt?.IntentId ?? credit.TransactionId, round);
                continue;
            }

            logger.BankCreditRecorded(credit.TransactionId, match.MatchedReference, match.ExceptionReason.ToString(), intent?.Status.ToWire());
            foreach (var move in moves)
            {
                logger.IntentTransitioned(intent!.Id, move.Snapshot.Status, move.EventType);
            }

            return BankNotificationAnswer.Accepted;
        }
    }

    /// <summary>Rules 5–9 on the attempt and its intent; returns the intent's moves, whose events go with the credit.</summary>
    private List<IntentMove> Apply(BankCreditMatch match, BankCreditNotification credit, PaymentAttempt attempt, PaymentIntent intent)
    {
        var moves = new List<IntentMove>();
        switch (match.ExceptionReason)
        {
            case BankCreditExceptionReason.DuplicatePayment:
                attempt.Flag(PaymentAnomalies.DoublePayment);
                break;
            case BankCreditExceptionReason.LatePayment:
                attempt.Flag(PaymentAnomalies.LatePayment);
                break;
            default:
                // Rules 7–9: the credit counts; an underpaid intent stays processing until a top-up with the same reference.
                attempt.Receive(credit.Amount);
                if (match.IntentStatusAfter != BankIntentStatus.Succeeded)
                {
                    break;
                }

                attempt.Succeed(credit.TransactionId, time.GetUtcNow());
                if (intent.Status == PaymentIntentStatus.RequiresPaymentMethod)
                {
                    // The citizen had turned to another way to pay, then paid the QR after all: it becomes the intent's attempt again.
                    moves.Add(IntentMove.Of(intent, intent.StartAttempt(attempt.Provider, attempt.Method), urls.Value.PublicBaseUrl));
                }

                moves.Add(IntentMove.Of(intent, intent.Succeed(time.GetUtcNow()), urls.Value.PublicBaseUrl));

                // The receipt commits with the success, as for every provider (PaymentAttemptService.ApplyAsync).
                db.Receipts.Add(Receipt.Issue(attempt, time.GetUtcNow()));
                break;
        }

        return moves;
    }

    /// <summary>The attempt as the matching rules see it: the account its QR named, what it expects and has received, its intent's state.</summary>
    private static BankTransferAttempt Snapshot(PaymentAttempt attempt, PaymentIntent intent)
    {
        var qr = attempt.QrPayload is null ? null : VietQrPayload.Parse(attempt.QrPayload);
        var account = qr?.DataObjects.FirstOrDefault(o => o.Id == "38")?.Children.FirstOrDefault(o => o.Id == "01")?.Children.FirstOrDefault(o => o.Id == "01")?.Value;
        var status = intent.Status switch
        {
            PaymentIntentStatus.Succeeded => BankIntentStatus.Succeeded,
            PaymentIntentStatus.Canceled => BankIntentStatus.Canceled,
            PaymentIntentStatus.Expired => BankIntentStatus.Expired,
            PaymentIntentStatus.RequiresPaymentMethod or PaymentIntentStatus.Processing => BankIntentStatus.Processing,
            _ => throw new InvalidOperationException("Undefined intent status."),
        };
        return new BankTransferAttempt(attempt.ProviderReference, account ?? string.Empty, attempt.Amount, attempt.ReceivedAmount, status, intent.ExpiresAt);
    }
}
