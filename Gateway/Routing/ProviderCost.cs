using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Routing;

/// <summary>A provider's fee: a fixed part in đồng plus basis points of the amount.</summary>
public sealed class ProviderCost
{
    [Range(0, long.MaxValue)]
    public long Fixed { get; set; }

    [Range(0, 10_000)]
    public int BasisPoints { get; set; }
}
