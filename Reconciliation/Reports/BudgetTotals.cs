namespace PayGov.Reconciliation.Reports;

/// <summary>A row of <c>by_budget</c>: one treasury, chapter, sub-item, agency and area; amounts in đồng.</summary>
public sealed class BudgetTotals
{
    public required string TreasuryCode { get; init; }
    public required string BudgetChapter { get; init; }
    public required string BudgetSubItem { get; init; }
    public required string RevenueAgency { get; init; }
    public required string AreaCode { get; init; }
    public long PaymentsAmount { get; set; }
    public long RefundsAmount { get; set; }
    public long Net { get; set; }
}
