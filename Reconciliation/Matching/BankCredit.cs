using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Matching;

/// <summary>A credit already classified, kept so that a later reversal naming its bank reference can find it.</summary>
internal sealed record BankCredit(long Amount, LedgerRecord? PaidRecord, string Account, DateOnly Day);
