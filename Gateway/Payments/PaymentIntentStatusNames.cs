namespace PayGov.Gateway.Payments;

/// <summary>The wire names of <see cref="PaymentIntentStatus"/>, in one place.</summary>
public static class PaymentIntentStatusNames
{
    public static string ToWire(this PaymentIntentStatus status) => status switch
    {
        PaymentIntentStatus.RequiresPaymentMethod => "requires_payment_method",
        PaymentIntentStatus.Processing => "processing",
        PaymentIntentStatus.Succeeded => "succeeded",
        PaymentIntentStatus.Canceled => "canceled",
        PaymentIntentStatus.Expired => "expired",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown payment intent status."),
    };

    public static PaymentIntentStatus? FromWire(string? name) => name switch
    {
        "requires_payment_method" => PaymentIntentStatus.RequiresPaymentMethod,
        "processing" => PaymentIntentStatus.Processing,
        "succeeded" => PaymentIntentStatus.Succeeded,
        "canceled" => PaymentIntentStatus.Canceled,
        "expired" => PaymentIntentStatus.Expired,
        _ => null,
    };
}
