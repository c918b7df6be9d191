using System.Text.Json.Nodes;

namespace PayGov.Providers.Sandbox.Tests;

/// <summary>One file of the shared provider test vectors (shared/providers/vectors/*.json), the independent reference for the sandbox.</summary>
public sealed class VectorFile
{
    private static readonly Lazy<string> VectorsDirectory = new(FindVectorsDirectory);

    private VectorFile(JsonObject root) => Cases = root["cases"]!.AsArray().Select(c => c!.AsObject()).ToList();

    public IReadOnlyList<JsonObject> Cases { get; }

    public static VectorFile Load(string fileName) =>
        new(JsonNode.Parse(File.ReadAllText(Path.Combine(VectorsDirectory.Value, fileName)))!.AsObject());

    public JsonObject Case(string name) => Cases.Single(c => c["name"]!.GetValue<string>() == name);

    public TheoryData<string> NamesFor(params string[] operations)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Where(c => operations.Contains(c["operation"]!.GetValue<string>())))
        {
            data.Add(c["name"]!.GetValue<string>());
        }

        return data;
    }

    /// <summary>The checkout sits beside <c>shared/</c>: walk up from the test binaries until a folder holds it.</summary>
    private static string FindVectorsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "providers", "vectors");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No shared/providers/vectors above " + AppContext.BaseDirectory);
    }
}
