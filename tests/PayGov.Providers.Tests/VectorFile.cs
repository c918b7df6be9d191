using System.Text.Json.Nodes;

namespace PayGov.Providers.Tests;

/// <summary>One file of the shared provider test vectors (shared/providers/vectors/*.json).</summary>
public sealed class VectorFile
{
    private static readonly Lazy<string> VectorsDirectory = new(FindVectorsDirectory);

    private VectorFile(JsonObject root)
    {
        Root = root;
        CaseCount = root["case_count"]!.GetValue<int>();
        Cases = root["cases"]!.AsArray().Select(c => c!.AsObject()).ToList();
    }

    public JsonObject Root { get; }

    public int CaseCount { get; }

    public IReadOnlyList<JsonObject> Cases { get; }

    public static VectorFile Load(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(VectorsDirectory.Value, fileName));
        return new VectorFile(JsonNode.Parse(text)!.AsObject());
    }

    public JsonObject Case(string name) =>
        Cases.Single(c => c["name"]!.GetValue<string>() == name);

    /// <summary>Case names for a theory: the name is the only argument, so it is the row's display name.</summary>
    public TheoryData<string> NamesFor(params string[] operations)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Where(c => operations.Contains(c["operation"]!.GetValue<string>())))
        {
            data.Add(c["name"]!.GetValue<string>());
        }

        return data;
    }

    /// <summary>
    /// The repository checkout sits beside <c>shared/</c> (<c>/work/shared</c> next to <c>/work/wt-providers</c>;
    /// in CI <c>clone/../shared</c>): walk up from the test binaries until a folder holds it.
    /// </summary>
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
