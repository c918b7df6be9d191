namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>The team's specification folder, <c>shared/</c>, checked out beside the repository (as CI does).</summary>
public static class SharedSpec
{
    public static string Root { get; } = Locate();

    /// <summary>The reconciliation worked example's first day (<c>shared/reconciliation/examples/day-1</c>).</summary>
    public static string DayOne => Path.Combine(Root, "reconciliation", "examples", "day-1");

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "reconciliation")))
            {
                return Path.Combine(dir.FullName, "shared");
            }
        }

        throw new InvalidOperationException("shared/ (the team's specification folder) must sit beside the repository.");
    }
}
