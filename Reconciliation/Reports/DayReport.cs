namespace PayGov.Reconciliation.Reports;

/// <summary>The report of one run day, in the shape of <c>days[].report</c> of <c>expected.json</c>.</summary>
public sealed class DayReport
{
    public GatewayTotals Gateway { get; init; } = new();
    public SortedDictionary<string, ChannelTotals> ByProvider { get; init; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, ChannelTotals> ByPortal { get; init; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, AllocationTotals> ByFeeCode { get; init; } = new(StringComparer.Ordinal);
    public List<BudgetTotals> ByBudget { get; init; } = [];
    public SortedDictionary<string, SettlementSummary> Settlement { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Per provider <c>payments</c> and <c>refunds</c>; per <c>bank:&lt;account&gt;</c> <c>bank_transfers</c>.</summary>
    public SortedDictionary<string, SortedDictionary<string, ReconciliationTable>> Reconciliation { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, StatementSummary> Statement { get; init; } = new(StringComparer.Ordinal);
}
