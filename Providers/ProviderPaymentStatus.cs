namespace PayGov.Providers;

/// <summary>The status of a payment at the provider (<see cref="IPaymentProvider.QueryAsync"/>), used to settle doubt after time-outs.</summary>
/// <param name="Outcome">The provider's word on the payment.</param>
/// <param name="Amount">The amount the provider holds, in đồng, when it reports one.</param>
/// <param name="ProviderTransactionId">The provider's transaction id, when known.</param>
public sealed record ProviderPaymentStatus(PaymentOutcome Outcome, long? Amount, string? ProviderTransactionId);
