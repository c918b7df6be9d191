using System.Text.Json;
using System.Text.Json.Serialization;
using PayGov.Client.Webhooks;

namespace PayGov.Client.Infrastructure;

/// <summary>
/// The wire names of <see cref="WebhookDeliveryStatus"/> in one place; a name this version does not know reads as
/// <see cref="WebhookDeliveryStatus.Unknown"/> rather than failing the whole response.
/// </summary>
internal sealed class WebhookDeliveryStatusJsonConverter : JsonConverter<WebhookDeliveryStatus>
{
    public static string ToWire(WebhookDeliveryStatus status) => status switch
    {
        WebhookDeliveryStatus.Pending => "pending",
        WebhookDeliveryStatus.Succeeded => "succeeded",
        WebhookDeliveryStatus.Abandoned => "abandoned",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "This status has no wire name and cannot be sent."),
    };

    public static WebhookDeliveryStatus FromWire(string? name) => name switch
    {
        "pending" => WebhookDeliveryStatus.Pending,
        "succeeded" => WebhookDeliveryStatus.Succeeded,
        "abandoned" => WebhookDeliveryStatus.Abandoned,
        _ => WebhookDeliveryStatus.Unknown,
    };

    public override WebhookDeliveryStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? FromWire(reader.GetString())
            : throw new JsonException("A webhook delivery status is a JSON string.");

    public override void Write(Utf8JsonWriter writer, WebhookDeliveryStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToWire(value));
    }
}
