namespace PayGov.Reconciliation.Model;

/// <summary>One fee item of a gateway record (one ledger row), with the record it belongs to. Amount in đồng.</summary>
public sealed class LedgerRow
{
    public required LedgerRecord Record { get; init; }
    public required bool IsFirstRowOfRecord { get; init; }
    public required int LineNumber { get; init; }
    public required int ItemNo { get; init; }
    public required string FeeCode { get; init; }
    public required long ItemAmount { get; init; }
    public required string TreasuryCode { get; init; }
    public required string BudgetChapter { get; init; }
    public required string BudgetSubItem { get; init; }
    public required string RevenueAgency { get; init; }
    public required string AreaCode { get; init; }
}
