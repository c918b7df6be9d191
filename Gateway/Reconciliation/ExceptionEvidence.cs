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
/// files the exception's last run read. Only the files of the exception's own provider and bank account are opened:
/// a provider line the engine matched is read at the file line the engine recorded (<c>file_line</c>), reading no
/// further; otherwise, and for bank lines, the file is read up to the first line with the exception's references.
/// A payment's exception shows a payment line and a refund's a refund line: VNPAY and ZaloPay repeat the refunded
/// payment's reference on a refund line.
/// </summary>
public sealed class ExceptionEvidence(PayGovDbContext db, ReconciliationFileStore store)
{
    private static readonly string[] ReportSources = ["vnpay", "momo", "zalopay"];

    public async Task<IReadOnlyList<EvidenceRecord>> GatherAsync(ExceptionCase exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var details = Details(exception.DetailsJson);
        var ownReference = exception.Reference.StartsWith(Ids.PaymentAttempt + "_", StringComparison.Ordinal)
            || exception.Reference.StartsWith(Ids.Refund + "_", StringComparison.Ordinal);
        var recordId = ownReference ? exception.Reference : details.GetValueOrDefault("record_id") ?? details.GetValueOrDefault("original_record_id");
        var aboutRefund = exception.Type == "refund_mismatch" || details.ContainsKey("refund_reference")
            || exception.Reference.StartsWith(Ids.Refund + "_", StringComparison.Ordinal);
        var found = new List<EvidenceRecord>();
        var gateway = await GatewayAsync(recordId, details.GetValueOrDefault("merchant_reference"), cancellationToken);
        if (gateway is not null)
        {
            found.Add(gateway.Record);
        }

        // The gateway record gives the references only when it is the same kind of record as the line looked for: a
        // refund the provider lists and the gateway does not know shows the refunded payment as its gateway side.
        var sameKind = gateway is not null && gateway.IsRefund == aboutRefund ? gateway : null;
        var wanted = new WantedLine(
            aboutRefund ? SettlementLineKind.Refund : SettlementLineKind.Payment,
            details.GetValueOrDefault(aboutRefund ? "refund_reference" : "merchant_reference") ?? sameKind?.Reference,
            details.GetValueOrDefault("provider_txn_id") ?? sameKind?.ProviderTxn,
            int.TryParse(details.GetValueOrDefault("file_line"), NumberStyles.None, CultureInfo.InvariantCulture, out var fileLine) ? fileLine : null);
        var bankSource = exception.Source.StartsWith("bank:", StringComparison.Ordinal) ? exception.Source
            : details.GetValueOrDefault("account") is { } account ? "bank:" + account
            : null;
        var bankReference = details.GetValueOrDefault("bank_reference") ?? (bankSource == exception.Source && !ownReference ? exception.Reference : null);
        var providerSource = exception.Provider is { } provider && ReportSources.Contains(provider) ? provider : null;

        var files = await (
                from input in db.ReconciliationRunInputs.AsNoTracking()
                join file in db.ReconciliationFiles.AsNoTracking() on input.FileId equals file.Id
                where input.RunId == exception.LastRunId && (input.Source == providerSource || input.Source == bankSource)
                select file)
            .ToListAsync(cancellationToken);
        foreach (var file in files.OrderBy(f => f.Source, StringComparer.Ordinal))
        {
            var record = file.Kind switch
            {
                InputFileKind.VnPay or InputFileKind.MoMo or InputFileKind.ZaloPay => ProviderLine(file, wanted),
                InputFileKind.Mt940 or InputFileKind.Camt053 => BankLine(file, bankReference, bankReference is null ? wanted.Reference ?? gateway?.Reference : null),
                _ => null,
            };
            if (record is not null)
            {
                found.Add(record);
            }
        }

        return found;
    }

    private async Task<GatewayRecord?> GatewayAsync(string? recordId, string? merchantReference, CancellationToken cancellationToken)
    {
        if (recordId?.StartsWith(Ids.Refund + "_", StringComparison.Ordinal) == true)
        {
            var refund = await db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken);
            return refund is null ? null : new GatewayRecord(new EvidenceRecord(EvidenceSide.Gateway, null,
            [
                new("record_id", refund.Id), new("intent_id", refund.IntentId), new("portal", refund.PortalId), new("provider", refund.Provider),
                new("merchant_reference", refund.ReferenceAtProvider), new("provider_txn_id", refund.ProviderRefundId), new("amount", Money: refund.Amount),
                new("status", refund.Status.ToString().ToLowerInvariant()), new("time", Time: refund.CompletedAt ?? refund.CreatedAt),
            ]), IsRefund: true, refund.ReferenceAtProvider, refund.ProviderRefundId);
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
        return new GatewayRecord(new EvidenceRecord(EvidenceSide.Gateway, null,
        [
            new("record_id", a.Id), new("intent_id", a.IntentId), new("portal", found.PortalId), new("dossier", found.Reference), new("provider", a.Provider),
            new("merchant_reference", a.MerchantReference), new("provider_txn_id", a.ProviderTransactionId), new("amount", Money: a.Amount),
            new("status", a.Status.ToString().ToLowerInvariant()), new("time", Time: a.CompletedAt ?? a.CreatedAt),
        ]), IsRefund: false, a.MerchantReference, a.ProviderTransactionId);
    }

    private EvidenceRecord? ProviderLine(ReconciliationFile file, WantedLine wanted)
    {
        if (wanted.FileLine is null && wanted.Reference is null && wanted.ProviderTxn is null)
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
            var lines = SettlementReportReader.Open(channel, content, file.FileName).ReadLines();
            var line = wanted.FileLine is { } at
                ? lines.FirstOrDefault(l => l.FileLine >= at) is { } reached && reached.FileLine == at && reached.Kind == wanted.Kind ? reached : null
                : lines.FirstOrDefault(wanted.Matches);
            return line is null ? null : new EvidenceRecord(EvidenceSide.Provider, Origin(file, line.FileLine),
            [
                new("provider", file.Source), new("merchant_reference", line.Kind == SettlementLineKind.Refund ? line.RefundReference : line.MerchantReference),
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

    /// <summary>The details' strings and numbers, as text.</summary>
    private static Dictionary<string, string> Details(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind != JsonValueKind.Object
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText(), StringComparer.Ordinal);
    }

    /// <summary>The gateway side, with the references its provider line carries.</summary>
    private sealed record GatewayRecord(EvidenceRecord Record, bool IsRefund, string Reference, string? ProviderTxn);

    /// <summary>
    /// The provider line an exception is about: a payment line by its merchant reference or transaction id, a refund line
    /// by its refund reference or refund transaction id; or, when the engine recorded it, simply the line at <see cref="FileLine"/>.
    /// </summary>
    private sealed record WantedLine(SettlementLineKind Kind, string? Reference, string? ProviderTxn, int? FileLine)
    {
        public bool Matches(SettlementLine line) =>
            line.Kind == Kind
            && ((Reference is not null && (Kind == SettlementLineKind.Refund ? line.RefundReference : line.MerchantReference) == Reference)
                || (ProviderTxn is not null && line.ProviderTxnId == ProviderTxn));
    }
}
