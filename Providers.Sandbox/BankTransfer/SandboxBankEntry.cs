using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>
/// One booking on the sandbox's collection account, as its statement shows it. Citizens' transfers are credits
/// booked by <see cref="BankTransferSandbox"/>; anything else that moves the account (a provider's payout, a bank
/// charge) is booked through <see cref="SandboxBankLedger.Book"/> and appears on the statement the same way.
/// </summary>
/// <param name="TransactionId">The bank's id of the entry, at most 16 letters or digits so it fits MT940's bank reference; the notification's <c>transaction_id</c>.</param>
/// <param name="BookingTime">When the bank booked it; its GMT+7 date is the statement day.</param>
/// <param name="Amount">Amount in đồng, positive.</param>
/// <param name="IsCredit">True for money in, false for money out.</param>
/// <param name="Remark">The transfer content as the bank has it (Unicode; MT940 transliterates it).</param>
/// <param name="CustomerReference">The account owner's reference (MT940 <c>:61:</c> subfield 7, camt.053 <c>EndToEndId</c>): a payout's batch id; <see langword="null"/> when none.</param>
/// <param name="Counterparty">The payer (credit) or payee (debit), when known.</param>
public sealed record SandboxBankEntry(
    string TransactionId,
    DateTimeOffset BookingTime,
    long Amount,
    bool IsCredit,
    string Remark,
    string? CustomerReference,
    BankCounterAccount? Counterparty)
{
    /// <summary>The entry's effect on the balance, in đồng.</summary>
    public long SignedAmount => IsCredit ? Amount : -Amount;
}
