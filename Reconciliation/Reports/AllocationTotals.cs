namespace PayGov.Reconciliation.Reports;

/// <summary>A row of <c>by_fee_code</c>, from fee items; amounts in đồng.</summary>
public sealed class AllocationTotals
{
    public long PaymentsAmount { get; set; }
    public long RefundsAmount { get; set; }
    public long Net { get; set; }
}
