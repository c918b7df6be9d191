using System.ComponentModel.DataAnnotations;
using PayGov.Providers;

namespace PayGov.Gateway.Routing;

/// <summary>How candidates are ordered (section <c>Routing</c>).</summary>
public sealed class RoutingOptions
{
    public const string SectionName = "Routing";

    /// <summary>
    /// Names this deployment's health in Redis: the nodes of one deployment share it, another deployment on the
    /// same Redis (staging beside production, or parallel test runs) keeps its own.
    /// </summary>
    [Required]
    [RegularExpression("^[a-z0-9_-]{1,40}$")]
    public string Deployment { get; set; } = "default";

    /// <summary>How far back start outcomes count towards a provider's success rate.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan HealthWindow { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan HealthBucket { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Below this success rate (per mille) over at least <see cref="MinimumSamples"/> calls, a provider goes after the healthy ones.</summary>
    [Range(0, 1000)]
    public int HealthySuccessPerMille { get; set; } = 800;

    [Range(1, 10_000)]
    public int MinimumSamples { get; set; } = 5;

    /// <summary>What one payment costs PayGov at each provider (by wire name): the cheaper of two healthy providers goes first.</summary>
    public Dictionary<string, ProviderCost> Costs { get; init; } = new(StringComparer.Ordinal)
    {
        ["bank_transfer"] = new ProviderCost { Fixed = 0, BasisPoints = 0 },
        ["vnpay"] = new ProviderCost { Fixed = 0, BasisPoints = 110 },
        ["zalopay"] = new ProviderCost { Fixed = 0, BasisPoints = 130 },
        ["momo"] = new ProviderCost { Fixed = 0, BasisPoints = 150 },
    };

    /// <summary>The provider's fee for <paramref name="amount"/> đồng, rounded up; unknown providers cost nothing extra.</summary>
    public long CostOf(ProviderId provider, long amount) =>
        Costs.TryGetValue(provider.ToWireName(), out var cost) ? cost.Fixed + (((amount * cost.BasisPoints) + 9_999) / 10_000) : 0;
}
