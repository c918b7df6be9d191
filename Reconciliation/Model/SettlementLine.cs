namespace PayGov.Reconciliation.Model;

/// <summary>
/// One normalised line of a provider settlement report (formats/README.md). Amounts in đồng: <see cref="Gross"/>
/// is never negative, <see cref="Net"/> is signed. Payout advices use the payout fields and <see cref="Gross"/> as
/// the amount transferred.
/// </summary>
public sealed class SettlementLine
{
    public required PaymentChannel Provider { get; init; }
    public required SettlementLineKind Kind { get; init; }
    public required int Line { get; init; }
    public required int FileLine { get; init; }
    public required string ProviderTxnId { get; init; }
    public string MerchantReference { get; init; } = "";
    public string RefundReference { get; init; } = "";
    public string OriginalProviderTxnId { get; init; } = "";
    public DateTimeOffset Time { get; init; }
    public long Gross { get; init; }
    public long Fee { get; init; }
    public long Net { get; init; }
    public bool Success { get; init; }
    public string PayoutBatchId { get; init; } = "";
    public DateOnly PayoutDate { get; init; }
    public DateOnly CoveredDay { get; init; }
    public int PayoutLineCount { get; init; }
    public string PayoutAccount { get; init; } = "";
    public string TransferRemark { get; init; } = "";
}
