using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Sandbox;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Writes the gateway ledger of one business day (<c>shared/reconciliation/formats/gateway-ledger.md</c>) from the
/// gateway's own records, streamed row by row in attempt-id order, so the same records give the same bytes (and the
/// same digest) every time. Carried rows are not written: the run replays the earlier days, so the engine already
/// knows what awaits settlement (the format allows this).
/// </summary>
public sealed class GatewayLedgerWriter(PayGovDbContext db, ReconciliationSetup setup, EmbeddedSandbox sandbox)
{
    public const string Header =
        "business_day,record_type,record_id,intent_id,portal_id,dossier_ref,provider,merchant_reference,original_merchant_reference,"
        + "original_record_id,provider_txn_id,status,amount,expected_fee,collection_account,created_at,status_at,item_no,fee_code,fee_name,"
        + "item_amount,treasury_code,budget_chapter,budget_sub_item,revenue_agency,area_code";

    public static string FileNameOf(DateOnly day) => $"gateway_ledger_{day:yyyyMMdd}.csv";

    public async Task WriteAsync(DateOnly day, Stream output, CancellationToken cancellationToken)
    {
        var calendar = setup.Config.Calendar;
        // A generous window in UTC; the exact business day of each record is decided below from its status_at.
        var windowStart = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - TimeSpan.FromDays(1);
        var windowEnd = windowStart + TimeSpan.FromDays(3);
        // The sandbox deployment reconciles test payments against the sandbox's files; a real one its live payments.
        var livemode = !sandbox.IsEnabled;
        var rows =
            from attempt in db.PaymentAttempts.AsNoTracking()
            join intent in db.PaymentIntents.AsNoTracking() on attempt.IntentId equals intent.Id
            where intent.Livemode == livemode
                && ((attempt.CreatedAt >= windowStart && attempt.CreatedAt < windowEnd)
                    || (attempt.CompletedAt >= windowStart && attempt.CompletedAt < windowEnd)
                    || (intent.CanceledAt >= windowStart && intent.CanceledAt < windowEnd)
                    || (intent.ExpiresAt >= windowStart && intent.ExpiresAt < windowEnd))
            orderby attempt.Id
            select new { attempt, intent };

        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var (status, statusAt) = StatusOf(row.attempt, row.intent);
            if (calendar.BusinessDayOf(statusAt) != day)
            {
                continue;
            }

            var expectedFee = status == "succeeded" ? setup.TariffOf(row.attempt.Provider).FeeOf(row.attempt.Amount) : 0;
            foreach (var item in row.intent.FeeItems.OrderBy(i => i.ItemNo))
            {
                var line = string.Join(',',
                    day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "payment",
                    row.attempt.Id,
                    row.intent.Id,
                    Quote(row.intent.PortalId),
                    Quote(row.intent.Reference),
                    row.attempt.Provider,
                    Quote(row.attempt.MerchantReference),
                    "",
                    "",
                    Quote(row.attempt.ProviderTransactionId ?? ""),
                    status,
                    row.attempt.Amount.ToString(CultureInfo.InvariantCulture),
                    expectedFee.ToString(CultureInfo.InvariantCulture),
                    "",
                    Timestamp(row.attempt.CreatedAt),
                    Timestamp(statusAt),
                    item.ItemNo.ToString(CultureInfo.InvariantCulture),
                    Quote(item.Code),
                    Quote(item.Name),
                    item.Amount.ToString(CultureInfo.InvariantCulture),
                    item.Budget.TreasuryCode,
                    item.Budget.BudgetChapter,
                    item.Budget.BudgetSubItem,
                    item.Budget.RevenueAgency,
                    item.Budget.AreaCode);
                await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
            }
        }
    }

    /// <summary>
    /// The ledger status and the instant that decides the record's day (README §2). The gateway has no provider
    /// payment time yet, so a completed attempt is dated by its verified callback.
    /// </summary>
    private static (string Status, DateTimeOffset StatusAt) StatusOf(PaymentAttempt attempt, PaymentIntent intent) => attempt.Status switch
    {
        PaymentAttemptStatus.Succeeded => ("succeeded", attempt.CompletedAt ?? attempt.CreatedAt),
        PaymentAttemptStatus.Failed => ("failed", attempt.CompletedAt ?? attempt.CreatedAt),
        PaymentAttemptStatus.Started or PaymentAttemptStatus.Unknown => intent.Status switch
        {
            PaymentIntentStatus.Canceled => ("canceled", intent.CanceledAt ?? attempt.CreatedAt),
            PaymentIntentStatus.Expired => ("expired", intent.ExpiresAt),
            _ => ("processing", attempt.CreatedAt),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(attempt), attempt.Status, "Unknown attempt status."),
    };

    private static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.</summary>
    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
