using System.Text.Json;
using System.Text.Json.Serialization;

namespace PayGov.Providers.MoMo;

/// <summary>MoMo's JSON: camelCase names, absent optional fields left out.</summary>
internal static class MoMoJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
