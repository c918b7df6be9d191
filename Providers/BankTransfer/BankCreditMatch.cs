namespace PayGov.Providers.BankTransfer;

/// <summary>What a recorded credit does to its attempt (bank-notification.md §5). Every credit is recorded whatever the rule.</summary>
/// <param name="ExceptionReason">The exception to raise, or <see cref="BankCreditExceptionReason.None"/>.</param>
/// <param name="MatchedReference">The single reference found in the remark, if any.</param>
/// <param name="ReceivedTotal">For an open intent: everything matched to it including this credit, in đồng.</param>
/// <param name="Remaining">For an underpaid open intent: what the citizen still owes, in đồng (same reference).</param>
/// <param name="RefundAmount">Rules 5, 6, 9, 10: the refund to create as <c>requires_approval</c>, in đồng.</param>
/// <param name="IntentStatusAfter">The intent's status afterwards; <see langword="null"/> when no attempt is concerned (unchanged).</param>
public sealed record BankCreditMatch(
    BankCreditExceptionReason ExceptionReason,
    string? MatchedReference,
    long? ReceivedTotal,
    long? Remaining,
    long? RefundAmount,
    BankIntentStatus? IntentStatusAfter)
{
    /// <summary>The reconciliation category of <see cref="ExceptionReason"/> (reconciliation README §8), or <see langword="null"/> for none.</summary>
    public string? ReconciliationCategory => ExceptionReason switch
    {
        BankCreditExceptionReason.None => null,
        BankCreditExceptionReason.UnmatchedCredit or BankCreditExceptionReason.AmbiguousReference or BankCreditExceptionReason.AccountMismatch => "missing_at_gateway",
        BankCreditExceptionReason.DuplicatePayment => "duplicate",
        BankCreditExceptionReason.LatePayment => "status_mismatch",
        BankCreditExceptionReason.Overpayment or BankCreditExceptionReason.Underpayment => "amount_mismatch",
        _ => throw new InvalidOperationException("Undefined exception kind."),
    };
}
