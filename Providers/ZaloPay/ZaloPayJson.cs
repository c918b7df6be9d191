using System.Text.Json;
using System.Text.Json.Serialization;

namespace PayGov.Providers.ZaloPay;

/// <summary>ZaloPay's JSON: snake_case names, absent optional fields left out.</summary>
internal static class ZaloPayJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
