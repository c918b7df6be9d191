using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;
using PayGov.Reconciliation;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Parsing;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Finds every record an exception is about, so the page can show them side by side: the gateway's payment attempt
/// (or refund) from the database, and the provider's settlement line and the bank statement line from the very
/// files the exception's last run read, by the references the engine put in the exception.
/// </summary>
public sealed class ExceptionEvidence(PayGovDbContext db, ReconciliationFileStore store)
{
    public async Task<IReadOnlyList<EvidenceRecord>> GatherAsync(ExceptionCase exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var details = Details(exception.DetailsJson);
        var ownReference = exception.Reference.StartsWith(Ids.PaymentAttempt + "_", StringComparison.Ordinal)
            || exception.Reference.StartsWith(Ids.Refund + "_", StringComparison.Ordinal);
        var recordId = ownReference ? exception.Reference : details.GetValueOrDefault("record_id") ?? details.GetValueOrDefault("original_record_id");
        var found = new List<EvidenceRecord>();
        var gateway = await GatewayAsync(recordId, details.GetValueOrDefault("merchant_reference"), cancellationToken);
        if (gateway is not null)
        {
            found.Add(gateway.Value.Record);
        }

        var merchantReference = details.GetValueOrDefault("merchant_reference") ?? gateway?.MerchantReference;
        var providerTxn = details.GetValueOrDefault("provider_txn_id") ?? gateway?.ProviderTxn
            ?? (!ownReference && exception.Source is "vnpay" or "momo" or "zalopay" ? exception.Reference : null);
        var bankReference = details.GetValueOrDefault("bank_reference")
            ?? (!ownReference && exception.Source.StartsWith("bank:", StringComparison.Ordinal) ? exception.Reference : null);

        var files = await (
                from input in db.ReconciliationRunInputs.AsNoTracking()
                join file in db.ReconciliationFiles.AsNoTracking() on input.FileId equals file.Id
                where input.RunId == exception.LastRunId
                select file)
            .ToListAsync(cancellationToken);
        foreach (var file in files.OrderBy(f => f.Source, StringComparer.Ordinal))
        {
            var record = file.Kind switch
            {
                InputFileKind.VnPay or InputFileKind.MoMo or InputFileKind.ZaloPay => ProviderLine(file, merchantReference, providerTxn),
                InputFileKind.Mt940 or InputFileKind.Camt053 => BankLine(file, bankReference, merchantReference),
                _ => null,
            };
            if (record is not null)
            {
                found.Add(record);
            }
        }

        return found;
    }

    private async Task<(EvidenceRecord Record, string MerchantReference, string? ProviderTxn)?> GatewayAsync(
        string? recordId, string? merchantReference, CancellationToken cancellationToken)
    {
        if (recordId?.StartsWith(Ids.Refund + "_", StringComparison.Ordinal) == true)
        {
            var refund = await db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken);
            return refund is null ? null : (new EvidenceRecord(EvidenceSide.Gateway, null,
            [
                new("record_id", refund.Id), new("intent_id", refund.IntentId), new("portal", refund.PortalId), new("provider", refund.Provider),
                new("merchant_reference", refund.Reference), new("provider_txn_id", refund.ProviderRefundId), new("amount", Money: refund.Amount),
                new("status", refund.Status.ToString().ToLowerInvariant()), new("time", Time: refund.CompletedAt ?? refund.CreatedAt),
            ]), refund.Reference, refund.ProviderRefundId);
        }

        if (recordId is null && merchantReference is null)
        {
            return null;
        }

        var found = await (
                from attempt in db.PaymentAttempts.AsNoTracking()
                join intent in db.PaymentIntents.AsNoTracking() on attempt.IntentId equals intent.Id
                where recordId != null ? attempt.Id == recordId : attempt.MerchantReference == merchantReference
                select new { attempt, intent.PortalId, intent.Reference })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var a = found.attempt;
        return (new EvidenceRecord(EvidenceSide.Gateway, null,
        [
            new("record_id", a.Id), new("intent_id", a.IntentId), new("portal", found.PortalId), new("dossier", found.Reference), new("provider", a.Provider),
            new("merchant_reference", a.MerchantReference), new("provider_txn_id", a.ProviderTransactionId), new("amount", Money: a.Amount),
            new("status", a.Status.ToString().ToLowerInvariant()), new("time", Time: a.CompletedAt ?? a.CreatedAt),
        ]), a.MerchantReference, a.ProviderTransactionId);
    }

    private EvidenceRecord? ProviderLine(ReconciliationFile file, string? merchantReference, string? providerTxn)
    {
        if (merchantReference is null && providerTxn is null)
        {
            return null;
        }

        var channel = file.Kind switch
        {
            InputFileKind.VnPay => PaymentChannel.VnPay,
            InputFileKind.MoMo => PaymentChannel.MoMo,
            _ => PaymentChannel.ZaloPay,
        };
        return Read(() =>
        {
            using var content = store.Open(file.Sha256);
            var line = SettlementReportReader.Open(channel, content, file.FileName).ReadLines()
                .FirstOrDefault(l => l.Kind != SettlementLineKind.Payout
                    && ((merchantReference is not null && (l.MerchantReference == merchantReference || l.RefundReference == merchantReference))
                        || (providerTxn is not null && l.ProviderTxnId == providerTxn)));
            return line is null ? null : new EvidenceRecord(EvidenceSide.Provider, Origin(file, line.FileLine),
            [
                new("provider", file.Source), new("merchant_reference", line.MerchantReference.Length > 0 ? line.MerchantReference : line.RefundReference),
                new("provider_txn_id", line.ProviderTxnId), new("amount", Money: line.Gross), new("fee", Money: line.Fee), new("net", Money: line.Net),
                new("status", line.Success ? "succeeded" : "failed"), new("time", Time: line.Time),
            ]);
        });
    }

    private EvidenceRecord? BankLine(ReconciliationFile file, string? bankReference, string? merchantReference)
    {
        if (bankReference is null && merchantReference is null)
        {
            return null;
        }

        var format = file.Kind == InputFileKind.Mt940 ? "mt940" : "camt.053.001.08";
        var account = file.Source["bank:".Length..];
        var wanted = merchantReference is null ? null : Squeezed(merchantReference);
        return Read(() =>
        {
            using var content = store.Open(file.Sha256);
            var entry = BankStatementReader.Open(format, content, file.FileName, account).ReadEntries()
                .FirstOrDefault(e => (bankReference is not null && e.BankReference == bankReference)
                    || (wanted is not null && Squeezed(e.Remark).Contains(wanted, StringComparison.Ordinal)));
            return entry is null ? null : new EvidenceRecord(EvidenceSide.Bank, Origin(file, entry.FileLine),
            [
                new("account", account), new("bank_reference", entry.BankReference), new("amount", Money: entry.Amount),
                new("direction", entry.Direction.ToString().ToLowerInvariant()), new("remark", entry.Remark),
                new("counterparty", entry.CounterpartyName.Length > 0 ? entry.CounterpartyName : null),
                new("value_date", entry.ValueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            ]);
        });
    }

    /// <summary>Files were checked whole when they arrived; one that no longer reads shows no line rather than failing the page.</summary>
    private static EvidenceRecord? Read(Func<EvidenceRecord?> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is ReconciliationException or IOException)
        {
            return null;
        }
    }

    private static string Origin(ReconciliationFile file, int line) => string.Create(CultureInfo.InvariantCulture, $"{file.FileName}:{line}");

    /// <summary>Bank remarks cut and space references freely; compare without spaces, in capitals.</summary>
    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static Dictionary<string, string> Details(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind != JsonValueKind.Object
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
