namespace PayGov.Gateway.Routing;

/// <summary>What every node has seen of one provider lately: start outcomes in the health window, and whether some node's breaker is open.</summary>
public sealed record ProviderHealthSnapshot(long Successes, long Failures, bool BreakerOpenSomewhere)
{
    public static ProviderHealthSnapshot Unknown { get; } = new(0, 0, false);

    public long Samples => Successes + Failures;

    /// <summary>Per mille, so that it is exact; 1000 when nothing was seen.</summary>
    public int SuccessPerMille => Samples == 0 ? 1000 : (int)(Successes * 1000 / Samples);
}
