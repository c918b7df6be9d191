namespace PayGov.Gateway.Payments;

/// <summary>Where a payment intent stands; wire names are the snake_case forms (<c>requires_payment_method</c>).</summary>
public enum PaymentIntentStatus
{
    RequiresPaymentMethod,
    Processing,
    Succeeded,
    Canceled,
    Expired,
}
