namespace PayGov.Reconciliation.Reports;

/// <summary>
/// Gateway side against settlement side for one channel and day (README section 9.5). Categories are keyed by their
/// wire names and add up to both totals.
/// </summary>
public sealed class ReconciliationTable
{
    public long GatewayTotal { get; set; }
    public long SettlementTotal { get; set; }
    public SortedDictionary<string, CategoryTotals> Categories { get; init; } = new(StringComparer.Ordinal);

    internal void Add(string category, long gateway, long settlement, int count = 1)
    {
        if (!Categories.TryGetValue(category, out var totals))
        {
            totals = new CategoryTotals();
            Categories.Add(category, totals);
        }

        totals.Count += count;
        totals.Gateway = checked(totals.Gateway + gateway);
        totals.Settlement = checked(totals.Settlement + settlement);
        if (totals is { Count: 0, Gateway: 0, Settlement: 0 })
        {
            // An item moved to another category (a second charge taking the match): only non-empty ones are shown.
            Categories.Remove(category);
        }
    }
}
