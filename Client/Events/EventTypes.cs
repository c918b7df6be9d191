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
}
