namespace PayGov.Reconciliation.Tests;

/// <summary>Finds the shared specification checked out beside the repository (<c>/work/shared</c>, or <c>&lt;clone&gt;/../shared</c> in CI).</summary>
internal static class SharedSpec
{
    public static string Root { get; } = Locate();

    public static string DayOne => Path.Combine(Root, "examples", "day-1");

    public static string Formats => Path.Combine(Root, "formats");

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reconciliation");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/reconciliation above {AppContext.BaseDirectory}.");
    }
}
