using System.Collections.Concurrent;

namespace PayGov.Providers.Sandbox.MoMo;

/// <summary>
/// The MoMo sandbox's memory: orders by <c>orderId</c> and by <c>transId</c>, and every answered request by
/// <c>requestId</c> for de-duplication (momo.md §9). In memory on purpose: it stands in for MoMo's systems.
/// </summary>
internal sealed class MoMoSandboxStore
{
    private long lastTransId = 4_088_878_000;

    public ConcurrentDictionary<string, MoMoSandboxOrder> Orders { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<long, MoMoSandboxOrder> OrdersByTransId { get; } = new();

    /// <summary>The raw signature of each request id's first request and the answer given to it.</summary>
    public ConcurrentDictionary<string, (string Raw, object Answer)> Requests { get; } = new(StringComparer.Ordinal);

    /// <summary>MoMo's transaction ids increase (momo.md §9).</summary>
    public long NextTransId() => Interlocked.Increment(ref lastTransId);
}
