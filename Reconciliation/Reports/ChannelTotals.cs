namespace PayGov.Reconciliation.Reports;

/// <summary>A row of <c>by_provider</c> or <c>by_portal</c>; amounts in đồng.</summary>
public sealed class ChannelTotals
{
    public long PaymentsCount { get; set; }
    public long PaymentsAmount { get; set; }
    public long RefundsCount { get; set; }
    public long RefundsAmount { get; set; }
    public long Net { get; set; }
}
