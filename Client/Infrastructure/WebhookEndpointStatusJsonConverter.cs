using System.Text.Json;
using System.Text.Json.Serialization;
using PayGov.Client.Webhooks;

namespace PayGov.Client.Infrastructure;

/// <summary>
/// The wire names of <see cref="WebhookEndpointStatus"/> in one place; a name this version does not know reads as
/// <see cref="WebhookEndpointStatus.Unknown"/> rather than failing the whole response.
/// </summary>
internal sealed class WebhookEndpointStatusJsonConverter : JsonConverter<WebhookEndpointStatus>
{
    public static string ToWire(WebhookEndpointStatus status) => status switch
    {
        WebhookEndpointStatus.Enabled => "enabled",
        WebhookEndpointStatus.Disabled => "disabled",
        WebhookEndpointStatus.Deleted => "deleted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "This status has no wire name and cannot be sent."),
    };

    public static WebhookEndpointStatus FromWire(string? name) => name switch
    {
        "enabled" => WebhookEndpointStatus.Enabled,
        "disabled" => WebhookEndpointStatus.Disabled,
        "deleted" => WebhookEndpointStatus.Deleted,
        _ => WebhookEndpointStatus.Unknown,
    };

    public override WebhookEndpointStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? FromWire(reader.GetString())
            : throw new JsonException("A webhook endpoint status is a JSON string.");

    public override void Write(Utf8JsonWriter writer, WebhookEndpointStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToWire(value));
    }
}
