namespace PayGov.Providers.BankTransfer;

/// <summary>The bank-transfer attempt that carries a reference, as PayGov has it before this credit.</summary>
/// <param name="Reference">Its transfer reference.</param>
/// <param name="AccountNumber">The collection account its QR names.</param>
/// <param name="ExpectedAmount">The amount due, in đồng.</param>
/// <param name="ReceivedSoFar">Credits already matched to it, in đồng.</param>
/// <param name="IntentStatus">Its intent's status.</param>
/// <param name="ExpiresAt">Its intent's expiry.</param>
public sealed record BankTransferAttempt(
    string Reference,
    string AccountNumber,
    long ExpectedAmount,
    long ReceivedSoFar,
    BankIntentStatus IntentStatus,
    DateTimeOffset ExpiresAt);
