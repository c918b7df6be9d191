using PayGov.Providers.BankTransfer;

namespace PayGov.Providers;

/// <summary>A callback whose signature verified, normalised for the gateway.</summary>
/// <param name="ProviderReference">
/// The reference identifying the attempt (merchant reference, or bank transfer reference). For a bank credit whose
/// remark holds no reference or several, empty: the credit is still authentic and is recorded unmatched (<see cref="BankCredit"/>).
/// </param>
/// <param name="ProviderTransactionId">The provider's transaction id (needed for refunds and reconciliation), if given.</param>
/// <param name="Amount">Amount the provider reports, in đồng; the gateway checks it against the attempt.</param>
/// <param name="Outcome">What the provider says happened.</param>
public sealed record ProviderNotification(string ProviderReference, string? ProviderTransactionId, long Amount, PaymentOutcome Outcome)
{
    /// <summary>
    /// Bank transfers only: the whole verified credit. Every credit is recorded whatever its match
    /// (bank-notification.md §5), and the amount rules need its account and booking time, so the gateway gets all of it.
    /// </summary>
    public BankCreditNotification? BankCredit { get; init; }
}
