using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Infrastructure.RateLimiting;

/// <summary>Per-portal request budget: <see cref="PermitLimit"/> requests per <see cref="Window"/>, across all nodes.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);
}
