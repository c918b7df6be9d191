using PayGov.Providers;

namespace PayGov.Gateway.Payments;

/// <summary>
/// One try of a payment intent at one provider. Its merchant reference is PayGov's name for it at the provider
/// (MoMo <c>orderId</c>, ZaloPay <c>app_trans_id</c>, VNPAY <c>vnp_TxnRef</c>); its provider reference is the name
/// the provider's callbacks use (the merchant reference, or a bank transfer's reference).
/// </summary>
public sealed class PaymentAttempt
{
    public required string Id { get; init; }

    public required string IntentId { get; init; }

    /// <summary>The provider's wire name (<c>momo</c>, <c>zalopay</c>, <c>vnpay</c>, <c>bank_transfer</c>).</summary>
    public required string Provider { get; init; }

    /// <summary>The method's wire name (<c>wallet</c>, <c>card</c>, <c>bank_transfer</c>).</summary>
    public required string Method { get; init; }

    public required string MerchantReference { get; init; }

    /// <summary>What the provider's callbacks and queries name the attempt by; the merchant reference until the provider answers otherwise.</summary>
    public required string ProviderReference { get; set; }

    /// <summary>Đồng; the intent's amount when the attempt started.</summary>
    public long Amount { get; init; }

    public PaymentAttemptStatus Status { get; private set; } = PaymentAttemptStatus.Started;

    public string? ProviderTransactionId { get; private set; }

    /// <summary>Where the citizen's browser goes next (the provider's hosted page), when the provider has one.</summary>
    public string? RedirectUrl { get; private set; }

    /// <summary>Text to show as a QR code (a VietQR payload), when the provider uses one.</summary>
    public string? QrPayload { get; private set; }

    /// <summary>A link that opens the provider's app on a phone.</summary>
    public string? Deeplink { get; private set; }

    /// <summary>When the doubt-settling job asks the provider next; <see langword="null"/> when nothing is in doubt.</summary>
    public DateTimeOffset? NextQueryAt { get; private set; }

    /// <summary>How many times the provider has been asked about this attempt.</summary>
    public int Queries { get; private set; }

    /// <summary>
    /// Bank transfer: the đồng of the credits matched to this attempt so far (a citizen may pay in parts with the same
    /// reference, bank-notification.md §5). Zero for other providers.
    /// </summary>
    public long ReceivedAmount { get; private set; }

    /// <summary>Why reconciliation must look at this attempt (<see cref="PaymentAnomalies"/>), or <see langword="null"/>.</summary>
    public string? Anomaly { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Not final: a verified outcome may still complete it.</summary>
    public bool IsOpen => Status is PaymentAttemptStatus.Started or PaymentAttemptStatus.Unknown;

    public bool IsInDoubt => Status == PaymentAttemptStatus.Unknown;

    /// <summary>Whether a verified outcome still changes this attempt: an abandoned one only learns that it was paid after all.</summary>
    public bool Accepts(PaymentOutcome outcome) =>
        IsOpen || (Status == PaymentAttemptStatus.Abandoned && outcome == PaymentOutcome.Succeeded);

    public void Started(StartPaymentResult next)
    {
        ArgumentNullException.ThrowIfNull(next);
        ProviderReference = next.ProviderReference;
        RedirectUrl = next.RedirectUrl;
        QrPayload = next.QrPayload;
        Deeplink = next.Deeplink;
    }

    public void Succeed(string? providerTransactionId, DateTimeOffset now) => Complete(PaymentAttemptStatus.Succeeded, providerTransactionId, now);

    public void Fail(string? providerTransactionId, DateTimeOffset now) => Complete(PaymentAttemptStatus.Failed, providerTransactionId, now);

    public void Abandon(DateTimeOffset now)
    {
        Status = PaymentAttemptStatus.Abandoned;
        NextQueryAt = null;
        CompletedAt = now;
    }

    /// <summary>The outcome is not known: the provider is asked at <paramref name="firstQueryAt"/> and then on a back-off schedule.</summary>
    public void MarkUnknown(DateTimeOffset firstQueryAt)
    {
        Status = PaymentAttemptStatus.Unknown;
        NextQueryAt = firstQueryAt;
    }

    /// <summary>When to ask the provider if no callback has come by then.</summary>
    public void AskAt(DateTimeOffset at) => NextQueryAt = at;

    /// <summary>Asked once more without a final answer: ask again at <paramref name="nextQueryAt"/>.</summary>
    public void Queried(DateTimeOffset nextQueryAt)
    {
        Queries++;
        NextQueryAt = nextQueryAt;
    }

    public void Flag(string anomaly) => Anomaly = anomaly;

    /// <summary>A bank credit matched to this attempt counts toward its amount.</summary>
    public void Receive(long amount) => ReceivedAmount = checked(ReceivedAmount + amount);

    /// <summary>A bank attempt waits for the credit notification or the statement: a bank cannot be asked, so no question is scheduled.</summary>
    public void StopAsking() => NextQueryAt = null;

    private void Complete(PaymentAttemptStatus status, string? providerTransactionId, DateTimeOffset now)
    {
        Status = status;
        ProviderTransactionId = providerTransactionId ?? ProviderTransactionId;
        CompletedAt = now;
        NextQueryAt = null;
    }
}
