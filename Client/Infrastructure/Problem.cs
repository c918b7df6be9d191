using System.Globalization;
using System.Net;
using System.Text.Json;

namespace PayGov.Client.Infrastructure;

/// <summary>An RFC 9457 problem as far as it could be read; a body that is not one (a proxy's HTML page) leaves the fields null.</summary>
internal sealed record Problem(string? Code, string? Param, string? Detail, string? TraceId)
{
    public static Problem Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Problem(null, null, null, null);
            }

            return new Problem(StringOf(root, "code"), StringOf(root, "param"), StringOf(root, "detail"), StringOf(root, "trace_id"));
        }
        catch (JsonException)
        {
            return new Problem(null, null, null, null);
        }
    }

    public PayGovException ToException(HttpStatusCode status, string body)
    {
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"PayGov answered {(int)status} {Code ?? "without a problem code"}{(Param is null ? string.Empty : $" (param '{Param}')")}: {Detail ?? "no detail given"}");
        return new PayGovException(message)
        {
            HttpStatus = status,
            Code = Code,
            Param = Param,
            Detail = Detail,
            TraceId = TraceId,
            RawBody = body,
        };
    }

    private static string? StringOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
