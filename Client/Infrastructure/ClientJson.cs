using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace PayGov.Client.Infrastructure;

/// <summary>The client's JSON dialect: the API's snake_case, built once and read-only.</summary>
internal static class ClientJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            // Metadata keys are the portal's own and go over the wire exactly as given.
            DictionaryKeyPolicy = null,
            // The server refuses unknown fields, and an explicit null for an optional one says nothing more than leaving it out.
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Unlike the server, the client skips fields it does not know: a newer gateway adding one must not break older portals.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            // Amounts are JSON integers of đồng; a string amount is a protocol error, not something to coerce.
            NumberHandling = JsonNumberHandling.Strict,
            // Vietnamese text is sent as UTF-8 rather than \u escapes, as the gateway writes it.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
