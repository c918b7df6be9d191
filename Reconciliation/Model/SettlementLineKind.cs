namespace PayGov.Reconciliation.Model;

public enum SettlementLineKind
{
    Payment,
    Refund,
    Payout,
}
