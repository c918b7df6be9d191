using System.Text.Json;
using System.Text.Json.Serialization;

namespace PayGov.Gateway.Infrastructure;

/// <summary>The one JSON dialect of the API: snake_case, enums as snake_case strings, strict on input.</summary>
public static class PayGovJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        // A request field we do not know is a client bug or a tampering attempt; silently ignoring it hides both.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        // "amount": "1000" must fail, not be coerced.
        options.NumberHandling = JsonNumberHandling.Strict;
        // Two "amount" keys in one object would let a proxy and the gateway read different values.
        options.AllowDuplicateProperties = false;
        options.AllowTrailingCommas = false;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        // Vietnamese text is written as UTF-8, not \u escapes; HTML-significant characters are still escaped.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        options.Converters.Add(new UtcTimestampJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        return options;
    }
}
