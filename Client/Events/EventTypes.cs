namespace PayGov.Client.Events;

/// <summary>The event types PayGov emits, to compare with <see cref="Event.Type"/>.</summary>
public static class EventTypes
{
    /// <summary>A payment intent was created.</summary>
    public const string PaymentIntentCreated = "payment_intent.created";

    /// <summary>A provider started handling a payment intent.</summary>
    public const string PaymentIntentProcessing = "payment_intent.processing";

    /// <summary>A payment intent was paid.</summary>
    public const string PaymentIntentSucceeded = "payment_intent.succeeded";

    /// <summary>A payment attempt failed; the citizen may try again.</summary>
    public const string PaymentIntentPaymentFailed = "payment_intent.payment_failed";

    /// <summary>A payment intent was canceled.</summary>
    public const string PaymentIntentCanceled = "payment_intent.canceled";

    /// <summary>A payment intent expired unpaid.</summary>
    public const string PaymentIntentExpired = "payment_intent.expired";

    /// <summary>A payment intent's <c>amount_refunded</c> changed: a refund set its amount aside, or a failed one gave it back.</summary>
    public const string PaymentIntentAmountRefundedUpdated = "payment_intent.amount_refunded_updated";

    /// <summary>A refund was created, by the portal or automatically for a late or double payment.</summary>
    public const string RefundCreated = "refund.created";

    /// <summary>A refund was paid back by the provider.</summary>
    public const string RefundSucceeded = "refund.succeeded";

    /// <summary>A refund failed; a portal refund's amount may be refunded again.</summary>
    public const string RefundFailed = "refund.failed";

    /// <summary>A refund cannot be made by the provider's API (bank transfer); the treasury pays it back by hand.</summary>
    public const string RefundRequiresAction = "refund.requires_action";
}
