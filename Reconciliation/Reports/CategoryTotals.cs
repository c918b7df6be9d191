namespace PayGov.Reconciliation.Reports;

/// <summary>One category of a reconciliation table: items of the day on each side, in đồng.</summary>
public sealed class CategoryTotals
{
    public long Count { get; set; }
    public long Gateway { get; set; }
    public long Settlement { get; set; }
}
