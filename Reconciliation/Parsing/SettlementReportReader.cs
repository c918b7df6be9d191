using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// Reads one provider settlement report. The constructor reads the title or header, so <see cref="ReportDay"/> is
/// known at once; <see cref="ReadLines"/> streams the lines in file order (payout advices included) and throws
/// <see cref="SettlementFileFormatException"/> at the first failed check, the control totals being checked last.
/// </summary>
public abstract class SettlementReportReader
{
    protected SettlementReportReader(string fileName) => FileName = fileName;

    public abstract PaymentChannel Provider { get; }
    public string FileName { get; }
    public DateOnly ReportDay { get; protected set; }

    public abstract IEnumerable<SettlementLine> ReadLines();

    public static SettlementReportReader Open(PaymentChannel provider, Stream stream, string fileName) => provider switch
    {
        PaymentChannel.VnPay => new VnPayReportReader(stream, fileName),
        PaymentChannel.MoMo => new MoMoReportReader(stream, fileName),
        PaymentChannel.ZaloPay => new ZaloPayReportReader(stream, fileName),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Bank transfers settle on statements."),
    };

    /// <summary>The net rule of README section 1; a not-successful line carries no fee and no net.</summary>
    protected void CheckNet(SettlementLine line, string netField)
    {
        ArgumentNullException.ThrowIfNull(line);
        long expected = !line.Success ? 0
            : line.Kind == SettlementLineKind.Payment ? line.Gross - line.Fee
            : -(line.Gross + line.Fee);
        if (line.Net != expected)
        {
            throw FieldReader.Error(FileName, line.FileLine, netField, $"net {line.Net} breaks the net rule (expected {expected})");
        }

        if (!line.Success && line.Fee != 0)
        {
            throw FieldReader.Error(FileName, line.FileLine, "fee", "a line that is not successful carries no fee");
        }
    }

    /// <summary>One payout batch id per report for the report's own lines (README section 5).</summary>
    protected string CheckBatch(string? current, string batch, int fileLine, string field) =>
        current is null || current == batch ? batch
            : throw FieldReader.Error(FileName, fileLine, field, $"batch '{batch}' differs from the report's batch '{current}'");
}
