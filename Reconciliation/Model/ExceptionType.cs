namespace PayGov.Reconciliation.Model;

/// <summary>The reconciliation exception taxonomy (README section 8), in its published order.</summary>
public enum ExceptionType
{
    MissingAtProvider,
    MissingAtGateway,
    AmountMismatch,
    StatusMismatch,
    Duplicate,
    LateSettlement,
    FeeMismatch,
    RefundMismatch,
    PayoutMismatch,
    UnmatchedBankCredit,
}
