using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PayGov.Gateway.Infrastructure;

/// <summary>
/// Timestamps on the wire are UTC with millisecond precision (<c>2025-03-14T02:29:41.123Z</c>): the precision
/// both databases keep, so an object reads the same from the create response, a GET and an event.
/// </summary>
public sealed class UtcTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TryGetDateTimeOffset(out var value) ? value.ToUniversalTime() : throw new JsonException("Expected an ISO 8601 timestamp.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
    }
}
