using System.Globalization;

namespace PayGov.Providers.Sandbox;

/// <summary>Callback retry delays written in configuration as one comma-separated value of seconds, so an override replaces the list whole.</summary>
internal static class SandboxRetryDelays
{
    /// <summary>The pattern the options validate the text with: seconds, fractions allowed, comma-separated, or empty.</summary>
    public const string Pattern = @"^\d+(\.\d+)?(,\d+(\.\d+)?)*$|^$";

    public static IReadOnlyList<TimeSpan> Parse(string seconds) => seconds
        .Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(s => TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture)))
        .ToList();
}
