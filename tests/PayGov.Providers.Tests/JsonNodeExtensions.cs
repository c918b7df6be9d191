using System.Text.Json.Nodes;

namespace PayGov.Providers.Tests;

internal static class JsonNodeExtensions
{
    public static string Str(this JsonNode node, string name) => node[name]!.GetValue<string>();

    public static Dictionary<string, string> StringMap(this JsonNode node) =>
        node.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
}
