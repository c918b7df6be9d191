namespace PayGov.Gateway.Payments;

/// <summary>
/// One try of a payment intent at one provider. Its merchant reference is what the provider knows it by
/// (MoMo <c>orderId</c>, ZaloPay <c>app_trans_id</c>), unique per provider.
/// </summary>
public sealed class PaymentAttempt
{
    public required string Id { get; init; }

    public required string IntentId { get; init; }

    /// <summary>The provider's wire name (<c>momo</c>, <c>zalopay</c>).</summary>
    public required string Provider { get; init; }

    /// <summary>The method's wire name (<c>wallet</c>).</summary>
    public required string Method { get; init; }

    public required string MerchantReference { get; init; }

    /// <summary>Đồng; the intent's amount when the attempt started.</summary>
    public long Amount { get; init; }

    public PaymentAttemptStatus Status { get; private set; } = PaymentAttemptStatus.Started;

    public string? ProviderTransactionId { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public bool IsOpen => Status == PaymentAttemptStatus.Started;

    public void Succeed(string? providerTransactionId, DateTimeOffset now) => Complete(PaymentAttemptStatus.Succeeded, providerTransactionId, now);

    public void Fail(string? providerTransactionId, DateTimeOffset now) => Complete(PaymentAttemptStatus.Failed, providerTransactionId, now);

    public void MarkUnknown() => Status = PaymentAttemptStatus.Unknown;

    private void Complete(PaymentAttemptStatus status, string? providerTransactionId, DateTimeOffset now)
    {
        Status = status;
        ProviderTransactionId = providerTransactionId;
        CompletedAt = now;
    }
}
