namespace PayGov.Providers.BankTransfer;

/// <summary>One credit on a PayGov collection account, as the bank notification reports it (bank-notification.md §2.1).</summary>
/// <param name="TransactionId">The bank's unique id of the credit line, the same as on the statement; idempotency key per connector.</param>
/// <param name="BankCode">BIN of the bank holding the collection account.</param>
/// <param name="AccountNumber">The collection account credited.</param>
/// <param name="Amount">Amount credited, in đồng, positive.</param>
/// <param name="Currency">Currency; only <c>VND</c> is accepted.</param>
/// <param name="CreditTime">When the bank booked the credit; rules about expiry use this time.</param>
/// <param name="Description">The transfer content exactly as the bank has it, prefixes included; may be empty.</param>
/// <param name="BankReference">The interbank or payer-visible reference.</param>
/// <param name="CounterAccount">The payer, when the bank knows it.</param>
public sealed record BankCreditNotification(
    string TransactionId,
    string BankCode,
    string AccountNumber,
    long Amount,
    string Currency,
    DateTimeOffset CreditTime,
    string Description,
    string BankReference,
    BankCounterAccount? CounterAccount);
