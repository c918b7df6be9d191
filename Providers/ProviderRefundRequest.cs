namespace PayGov.Providers;

/// <summary>A refund to ask a provider for (<see cref="IPaymentProvider.RefundAsync"/>).</summary>
/// <param name="RefundReference">PayGov's own reference for this refund request (<see cref="PayGov.Providers.MerchantReference"/> format).</param>
/// <param name="PaymentReference">The refunded payment's merchant reference.</param>
/// <param name="ProviderTransactionId">The provider's transaction id of the payment (VNPAY, MoMo and ZaloPay need it).</param>
/// <param name="Amount">Amount to refund, in đồng, positive.</param>
/// <param name="PaidAmount">Amount of the original payment, in đồng (VNPAY tells full from partial refunds).</param>
/// <param name="PaymentCreatedAt">When the payment's attempt was created (VNPAY's <c>vnp_TransactionDate</c>).</param>
/// <param name="Reason">Reason shown to the provider; adapters transliterate where required.</param>
/// <param name="RequestedBy">Who asked for the refund (VNPAY's <c>vnp_CreateBy</c>).</param>
public sealed record ProviderRefundRequest(
    string RefundReference,
    string PaymentReference,
    string ProviderTransactionId,
    long Amount,
    long PaidAmount,
    DateTimeOffset PaymentCreatedAt,
    string Reason,
    string RequestedBy);
