using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PayGov.Gateway.Infrastructure.RateLimiting;

/// <summary>The embedded default's stand-in for <see cref="RedisRateLimiter"/>, with the same windows.</summary>
public sealed class InProcessRateLimiter(TimeProvider time, IOptions<RateLimitOptions> options) : IRateLimiter
{
    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);

    public Task<RateLimitDecision> AcquireAsync(string portalId, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var window = FixedWindow.At(time.GetUtcNow(), limits.Window);
        var counter = counters.GetOrAdd(portalId, _ => new Counter());
        long count;
        lock (counter)
        {
            if (counter.Window != window.Index)
            {
                counter.Window = window.Index;
                counter.Count = 0;
            }

            count = ++counter.Count;
        }

        return Task.FromResult(new RateLimitDecision(count <= limits.PermitLimit, window.Remaining));
    }

    private sealed class Counter
    {
        public long Window { get; set; } = -1;

        public long Count { get; set; }
    }
}
