using System.Text.Json.Serialization;
using PayGov.Client.Infrastructure;

namespace PayGov.Client.PaymentIntents;

/// <summary>Where a payment intent stands (wire names are snake_case, for example <c>requires_payment_method</c>).</summary>
[JsonConverter(typeof(WireEnumJsonConverter<PaymentIntentStatus>))]
public enum PaymentIntentStatus
{
    /// <summary>A status this version of the library does not know; treat it as not paid, and upgrade.</summary>
    Unknown,

    /// <summary>Waiting for the citizen to choose how to pay (<c>requires_payment_method</c>).</summary>
    RequiresPaymentMethod,

    /// <summary>A provider is handling the payment (<c>processing</c>).</summary>
    Processing,

    /// <summary>Paid (<c>succeeded</c>).</summary>
    Succeeded,

    /// <summary>Canceled by the portal (<c>canceled</c>).</summary>
    Canceled,

    /// <summary>Not paid before <see cref="PaymentIntent.ExpiresAt"/> (<c>expired</c>).</summary>
    Expired,
}
