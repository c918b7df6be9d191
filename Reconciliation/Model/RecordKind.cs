namespace PayGov.Reconciliation.Model;

public enum RecordKind
{
    Payment,
    Refund,
}
