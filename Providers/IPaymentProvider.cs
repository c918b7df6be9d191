namespace PayGov.Providers;

/// <summary>
/// The one port the Gateway depends on (DESIGN §6); one adapter per provider translates at this edge, units
/// included. A provider's decision (declined, expired) is a result; a <see cref="ProviderException"/> means
/// "we do not know", and its <see cref="ProviderException.Applied"/> says whether a query must settle it first.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>Which provider this is.</summary>
    ProviderId ProviderId { get; }

    /// <summary>The payment methods this provider offers.</summary>
    IReadOnlySet<PaymentMethod> Methods { get; }

    /// <summary>Amount limits from configuration, in đồng.</summary>
    ProviderLimits Limits { get; }

    /// <summary>Starts an attempt: a redirect URL or a QR payload (plus deeplink), and the provider's reference.</summary>
    /// <param name="attempt">The attempt; amount in đồng.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Where to send the citizen.</returns>
    /// <exception cref="ProviderException">The outcome is not known; with <see cref="ProviderApplied.No"/> the next provider may be tried.</exception>
    Task<StartPaymentResult> StartAsync(StartPaymentRequest attempt, CancellationToken cancellationToken);

    /// <summary>Verifies a callback as received; the gateway then finds the attempt, checks the amount and answers in the provider's format.</summary>
    /// <param name="request">The callback exactly as received.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verified notification, or a rejection reason; a rejection changes no payment.</returns>
    Task<CallbackVerification> VerifyCallbackAsync(ProviderCallbackRequest request, CancellationToken cancellationToken);

    /// <summary>Asks the provider for a payment's status, to settle doubt after time-outs or missing callbacks.</summary>
    /// <param name="providerReference">The reference returned by <see cref="StartAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status at the provider.</returns>
    /// <exception cref="ProviderException">The provider could not answer, or its answer did not verify.</exception>
    Task<ProviderPaymentStatus> QueryAsync(string providerReference, CancellationToken cancellationToken);

    /// <summary>Asks the provider to refund all or part of a payment.</summary>
    /// <param name="refund">The refund; amounts in đồng.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The provider's word on the refund.</returns>
    /// <exception cref="ProviderException">The outcome is not known; with <see cref="ProviderApplied.Unknown"/> query before retrying.</exception>
    Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest refund, CancellationToken cancellationToken);

    /// <summary>Asks the provider where a refund sent with <see cref="RefundAsync"/> stands, to settle one left pending or in doubt.</summary>
    /// <param name="refund">The refund exactly as it was sent; its <see cref="ProviderRefundRequest.RefundReference"/> names it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The provider's word on the refund; <see langword="null"/> only when the provider holds no refund under this
    /// reference and de-duplicates the same request by it, so sending the same refund again cannot refund twice.
    /// </returns>
    /// <exception cref="ProviderException">The provider could not answer, or its answer did not verify.</exception>
    Task<ProviderRefundResult?> QueryRefundAsync(ProviderRefundRequest refund, CancellationToken cancellationToken);

    /// <summary>
    /// The name the provider gives a refund PayGov names <paramref name="refundReference"/>: what it lists in its
    /// settlement report and answers queries by. Most providers take PayGov's reference as it is.
    /// </summary>
    /// <param name="refundReference">PayGov's reference for the refund (<see cref="PayGov.Providers.MerchantReference"/> format).</param>
    /// <returns>The refund's id at the provider.</returns>
    string RefundId(string refundReference) => refundReference;
}
