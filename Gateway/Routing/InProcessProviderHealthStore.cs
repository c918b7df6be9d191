using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PayGov.Providers;

namespace PayGov.Gateway.Routing;

/// <summary>The embedded default's stand-in for <see cref="RedisProviderHealthStore"/>: the same buckets, one node.</summary>
public sealed class InProcessProviderHealthStore(TimeProvider time, IOptions<RoutingOptions> options) : IProviderHealthStore
{
    private readonly ConcurrentDictionary<(ProviderId Provider, long Bucket), Counts> buckets = new();
    private readonly ConcurrentDictionary<ProviderId, DateTimeOffset> breakerOpenUntil = new();

    public Task RecordAsync(ProviderId provider, bool healthy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var routing = options.Value;
        var counts = buckets.GetOrAdd((provider, HealthWindow.BucketAt(now, routing.HealthBucket)), _ => new Counts());
        if (healthy)
        {
            Interlocked.Increment(ref counts.Successes);
        }
        else
        {
            Interlocked.Increment(ref counts.Failures);
        }

        var oldest = HealthWindow.BucketsOfWindow(now, routing).Min();
        foreach (var stale in buckets.Keys.Where(k => k.Bucket < oldest))
        {
            buckets.TryRemove(stale, out _);
        }

        return Task.CompletedTask;
    }

    public Task MarkBreakerOpenAsync(ProviderId provider, TimeSpan duration, CancellationToken cancellationToken)
    {
        breakerOpenUntil[provider] = time.GetUtcNow() + duration;
        return Task.CompletedTask;
    }

    public Task ClearBreakerAsync(ProviderId provider, CancellationToken cancellationToken)
    {
        breakerOpenUntil.TryRemove(provider, out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<ProviderId, ProviderHealthSnapshot>> ReadAsync(IEnumerable<ProviderId> providers, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var window = HealthWindow.BucketsOfWindow(now, options.Value).ToList();
        IReadOnlyDictionary<ProviderId, ProviderHealthSnapshot> result = providers.Distinct().ToDictionary(p => p, p =>
        {
            long successes = 0, failures = 0;
            foreach (var bucket in window)
            {
                if (buckets.TryGetValue((p, bucket), out var counts))
                {
                    successes += Interlocked.Read(ref counts.Successes);
                    failures += Interlocked.Read(ref counts.Failures);
                }
            }

            return new ProviderHealthSnapshot(successes, failures, breakerOpenUntil.TryGetValue(p, out var until) && until > now);
        });
        return Task.FromResult(result);
    }

    private sealed class Counts
    {
        public long Successes;
        public long Failures;
    }
}
