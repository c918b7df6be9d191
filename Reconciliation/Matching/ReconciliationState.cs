using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Matching;

/// <summary>
/// What consecutive nightly runs carry from one day to the next: every record known (looked up by id, reference and
/// provider transaction id), the items awaiting settlement, the payout advices waiting for their credit, the nets
/// of the batches reported, and the exceptions raised so far.
/// </summary>
internal sealed class ReconciliationState
{
    public Dictionary<string, LedgerRecord> ById { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, LedgerRecord> PaymentsByReference { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, LedgerRecord> PaymentsByTxn { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, LedgerRecord> RefundsByReference { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, LedgerRecord> RefundsByTxn { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, LedgerRecord> FirstPaymentOfIntent { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<LedgerRecord>> PaidIntents { get; } = new(StringComparer.Ordinal);
    public List<LedgerRecord> Awaiting { get; set; } = [];
    public Dictionary<PaymentChannel, HashSet<string>> UnknownLineTxns { get; } = [];
    public Dictionary<string, long> BatchNets { get; } = new(StringComparer.Ordinal);
    public List<PayoutAdvice> PendingAdvices { get; set; } = [];
    public Dictionary<string, BankCredit> Credits { get; } = new(StringComparer.Ordinal);
    public List<ExceptionRecord> Exceptions { get; } = [];

    public HashSet<string> UnknownTxns(PaymentChannel provider)
    {
        if (!UnknownLineTxns.TryGetValue(provider, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            UnknownLineTxns.Add(provider, set);
        }

        return set;
    }
}
