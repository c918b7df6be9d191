namespace PayGov.Reconciliation.Reports;

/// <summary>What one provider report says (README section 9.4); duplicated lines count as they appear.</summary>
public sealed class SettlementSummary
{
    public DateOnly ReportDay { get; init; }
    public long PaymentLines { get; set; }
    public long PaymentGross { get; set; }
    public long RefundLines { get; set; }
    public long RefundGross { get; set; }
    public long OtherLines { get; set; }
    public long Fee { get; set; }
    public long Net { get; set; }
    public string BatchId { get; set; } = "";
    public List<PayoutSummary> Payouts { get; init; } = [];
}
