using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Infrastructure.Auth;

public sealed class ApiKeyLookupOptions
{
    public const string SectionName = "ApiKeys";

    /// <summary>How long a node remembers a known key; zero looks every request up in the database.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromSeconds(10);
}
