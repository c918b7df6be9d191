namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// One row of one breakdown of a run's report. Provider and portal rows carry counts; fee-code and budget rows are
/// allocations of fee items and carry amounts only. Amounts in đồng, gross (README §1).
/// </summary>
public sealed class ReportRow
{
    public required string RunId { get; init; }

    public ReportDimension Dimension { get; init; }

    /// <summary>The provider, portal or fee code; for budget rows the five codes joined by <c>|</c>.</summary>
    public required string Key { get; init; }

    public string? TreasuryCode { get; init; }

    public string? BudgetChapter { get; init; }

    public string? BudgetSubItem { get; init; }

    public string? RevenueAgency { get; init; }

    public string? AreaCode { get; init; }

    public long? PaymentsCount { get; init; }

    public long PaymentsAmount { get; init; }

    public long? RefundsCount { get; init; }

    public long RefundsAmount { get; init; }

    public long Net { get; init; }
}
