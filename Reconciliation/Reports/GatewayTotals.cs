namespace PayGov.Reconciliation.Reports;

/// <summary>Succeeded records of the day, each once, carried rows excluded (README section 9.1).</summary>
public sealed class GatewayTotals
{
    public CountAmount Payments { get; init; } = new();
    public CountAmount Refunds { get; init; } = new();
    public long Net { get; set; }
}
