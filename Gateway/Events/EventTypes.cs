namespace PayGov.Gateway.Events;

/// <summary>Every event type PayGov emits.</summary>
public static class EventTypes
{
    public const string PaymentIntentCreated = "payment_intent.created";
    public const string PaymentIntentProcessing = "payment_intent.processing";
    public const string PaymentIntentSucceeded = "payment_intent.succeeded";
    public const string PaymentIntentPaymentFailed = "payment_intent.payment_failed";
    public const string PaymentIntentCanceled = "payment_intent.canceled";
    public const string PaymentIntentExpired = "payment_intent.expired";
    public const string PaymentIntentAmountRefundedUpdated = "payment_intent.amount_refunded_updated";
    public const string RefundCreated = "refund.created";
    public const string RefundSucceeded = "refund.succeeded";
    public const string RefundFailed = "refund.failed";
    public const string RefundRequiresAction = "refund.requires_action";
    public const string WebhookEndpointDisabled = "webhook_endpoint.disabled";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        PaymentIntentCreated,
        PaymentIntentProcessing,
        PaymentIntentSucceeded,
        PaymentIntentPaymentFailed,
        PaymentIntentCanceled,
        PaymentIntentExpired,
        PaymentIntentAmountRefundedUpdated,
        RefundCreated,
        RefundSucceeded,
        RefundFailed,
        RefundRequiresAction,
        WebhookEndpointDisabled,
    };
}
