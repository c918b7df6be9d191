namespace PayGov.Providers;

/// <summary>A callback whose signature verified, normalised for the gateway.</summary>
/// <param name="ProviderReference">The reference identifying the attempt (merchant reference, or bank transfer reference).</param>
/// <param name="ProviderTransactionId">The provider's transaction id (needed for refunds and reconciliation), if given.</param>
/// <param name="Amount">Amount the provider reports, in đồng; the gateway checks it against the attempt.</param>
/// <param name="Outcome">What the provider says happened.</param>
public sealed record ProviderNotification(string ProviderReference, string? ProviderTransactionId, long Amount, PaymentOutcome Outcome);
