namespace PayGov.Reconciliation.Reports;

/// <summary>A collection account's statement of the day (README section 9.6); amounts in đồng.</summary>
public sealed class StatementSummary
{
    public long Opening { get; set; }
    public CountAmount Credits { get; init; } = new();
    public CountAmount Debits { get; init; } = new();
    public long Closing { get; set; }

    /// <summary>Always the four classes <c>payout</c>, <c>bank_transfer</c>, <c>unmatched</c>, <c>reversed</c>.</summary>
    public Dictionary<string, CountAmount> CreditsByClass { get; init; } = new(StringComparer.Ordinal)
    {
        ["payout"] = new(),
        ["bank_transfer"] = new(),
        ["unmatched"] = new(),
        ["reversed"] = new(),
    };
}
