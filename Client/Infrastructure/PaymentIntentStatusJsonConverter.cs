using System.Text.Json;
using System.Text.Json.Serialization;
using PayGov.Client.PaymentIntents;

namespace PayGov.Client.Infrastructure;

/// <summary>
/// The wire names of <see cref="PaymentIntentStatus"/> in one place. A name this version does not know reads as
/// <see cref="PaymentIntentStatus.Unknown"/> rather than failing the whole response, and never as a paid state.
/// </summary>
internal sealed class PaymentIntentStatusJsonConverter : JsonConverter<PaymentIntentStatus>
{
    public static string ToWire(PaymentIntentStatus status) => status switch
    {
        PaymentIntentStatus.RequiresPaymentMethod => "requires_payment_method",
        PaymentIntentStatus.Processing => "processing",
        PaymentIntentStatus.Succeeded => "succeeded",
        PaymentIntentStatus.Canceled => "canceled",
        PaymentIntentStatus.Expired => "expired",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "This status has no wire name and cannot be sent."),
    };

    public static PaymentIntentStatus FromWire(string? name) => name switch
    {
        "requires_payment_method" => PaymentIntentStatus.RequiresPaymentMethod,
        "processing" => PaymentIntentStatus.Processing,
        "succeeded" => PaymentIntentStatus.Succeeded,
        "canceled" => PaymentIntentStatus.Canceled,
        "expired" => PaymentIntentStatus.Expired,
        _ => PaymentIntentStatus.Unknown,
    };

    public override PaymentIntentStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? FromWire(reader.GetString())
            : throw new JsonException("A payment intent status is a JSON string.");

    public override void Write(Utf8JsonWriter writer, PaymentIntentStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToWire(value));
    }
}
