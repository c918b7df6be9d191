namespace PayGov.Providers;

/// <summary>The result of <see cref="IPaymentProvider.RefundAsync"/>.</summary>
/// <param name="Outcome">The provider's word on the refund.</param>
/// <param name="ProviderRefundId">The provider's id of the refund, when it gave one.</param>
/// <param name="ProviderCode">The provider's raw result code, for logs and exceptions.</param>
public sealed record ProviderRefundResult(RefundOutcome Outcome, string? ProviderRefundId, string? ProviderCode);
