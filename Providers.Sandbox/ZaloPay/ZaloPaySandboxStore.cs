using System.Collections.Concurrent;

namespace PayGov.Providers.Sandbox.ZaloPay;

/// <summary>The ZaloPay sandbox's memory: orders by <c>app_trans_id</c> and <c>zp_trans_id</c>, refunds by <c>m_refund_id</c>.</summary>
internal sealed class ZaloPaySandboxStore
{
    private long lastId = 250_000_000_000_000;

    public ConcurrentDictionary<string, ZaloPaySandboxOrder> Orders { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<long, ZaloPaySandboxOrder> OrdersByZpTransId { get; } = new();

    public ConcurrentDictionary<string, ZaloPaySandboxRefund> Refunds { get; } = new(StringComparer.Ordinal);

    public long NextId() => Interlocked.Increment(ref lastId);
}
