using System.Text.Json;
using System.Text.Json.Serialization;

namespace PayGov.Client.Infrastructure;

/// <summary>
/// An enum on the wire as the snake_case of its member's name (<c>RequiresPaymentMethod</c> is
/// <c>requires_payment_method</c>). A name this version does not know reads as the enum's first member,
/// <c>Unknown</c>, rather than failing the whole response; <c>Unknown</c> itself has no wire name and cannot be sent.
/// </summary>
/// <typeparam name="TEnum">An enum whose first member (value 0) is <c>Unknown</c>.</typeparam>
internal sealed class WireEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByWireName = Enum.GetValues<TEnum>()
        .Where(value => !IsUnknown(value))
        .ToDictionary(ToWire, StringComparer.Ordinal);

    public static string ToWire(TEnum value) => IsUnknown(value) || !Enum.IsDefined(value)
        ? throw new ArgumentOutOfRangeException(nameof(value), value, "This value has no wire name and cannot be sent.")
        : JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static TEnum FromWire(string? name) => name is not null && ByWireName.TryGetValue(name, out var value) ? value : default;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? FromWire(reader.GetString())
            : throw new JsonException($"A {typeof(TEnum).Name} is a JSON string.");

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToWire(value));
    }

    private static bool IsUnknown(TEnum value) => EqualityComparer<TEnum>.Default.Equals(value, default);
}
