using System.Text.Json.Nodes;

namespace PayGov.Reconciliation.Tests;

/// <summary>Semantic JSON comparison (object key order ignored) that lists every difference with its path.</summary>
internal static class JsonDiff
{
    public static List<string> Compare(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var differences = new List<string>();
        Walk(expected, actual, path, differences);
        return differences;
    }

    public static void AssertEqual(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var differences = Compare(expected, actual, path);
        Assert.True(differences.Count == 0, "JSON differs:\n" + string.Join("\n", differences));
    }

    private static void Walk(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case null when actual is null:
                return;
            case JsonObject e when actual is JsonObject a:
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key))
                    {
                        differences.Add($"{path}.{key}: missing (expected {value?.ToJsonString()})");
                        continue;
                    }

                    Walk(value, a[key], $"{path}.{key}", differences);
                }

                foreach (var (key, value) in a)
                {
                    if (!e.ContainsKey(key))
                    {
                        differences.Add($"{path}.{key}: unexpected {value?.ToJsonString()}");
                    }
                }

                return;
            case JsonArray e when actual is JsonArray a:
                if (e.Count != a.Count)
                {
                    differences.Add($"{path}: {a.Count} elements, expected {e.Count}");
                }

                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    Walk(e[i], a[i], $"{path}[{i}]", differences);
                }

                return;
            default:
                if (expected?.ToJsonString() != actual?.ToJsonString())
                {
                    differences.Add($"{path}: {actual?.ToJsonString() ?? "null"}, expected {expected?.ToJsonString() ?? "null"}");
                }

                return;
        }
    }
}
