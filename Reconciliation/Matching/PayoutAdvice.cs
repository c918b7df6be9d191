using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Matching;

/// <summary>A provider's payout advice waiting for, or matched to, a credit on the collection account.</summary>
internal sealed class PayoutAdvice(PaymentChannel provider, SettlementLine line, string account)
{
    public PaymentChannel Provider => provider;
    public SettlementLine Line => line;
    public string Account => account;
    public string NormalizedBatch { get; } = RemarkText.Normalize(line.PayoutBatchId);
}
