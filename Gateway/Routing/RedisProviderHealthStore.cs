using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure.Coordination;
using PayGov.Providers;
using StackExchange.Redis;

namespace PayGov.Gateway.Routing;

/// <summary>Health counters in per-bucket hashes that expire by themselves, and a breaker mark with the breaker's own lifetime.</summary>
public sealed class RedisProviderHealthStore(IConnectionMultiplexer redis, TimeProvider time, IOptions<RoutingOptions> options) : IProviderHealthStore
{
    private const string Ok = "ok";
    private const string Fail = "fail";

    private string Deployment => options.Value.Deployment;

    public async Task RecordAsync(ProviderId provider, bool healthy, CancellationToken cancellationToken)
    {
        var routing = options.Value;
        var key = RedisKeys.ProviderHealth(Deployment, provider.ToWireName(), HealthWindow.BucketAt(time.GetUtcNow(), routing.HealthBucket));
        var database = redis.GetDatabase();
        var transaction = database.CreateTransaction();
        _ = transaction.HashIncrementAsync(key, healthy ? Ok : Fail);
        _ = transaction.KeyExpireAsync(key, routing.HealthWindow + routing.HealthBucket);
        await transaction.ExecuteAsync();
    }

    public Task MarkBreakerOpenAsync(ProviderId provider, TimeSpan duration, CancellationToken cancellationToken) =>
        redis.GetDatabase().StringSetAsync(RedisKeys.ProviderBreakerOpen(Deployment, provider.ToWireName()), 1, duration);

    public Task ClearBreakerAsync(ProviderId provider, CancellationToken cancellationToken) =>
        redis.GetDatabase().KeyDeleteAsync(RedisKeys.ProviderBreakerOpen(Deployment, provider.ToWireName()));

    public async Task<IReadOnlyDictionary<ProviderId, ProviderHealthSnapshot>> ReadAsync(IEnumerable<ProviderId> providers, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var buckets = HealthWindow.BucketsOfWindow(time.GetUtcNow(), options.Value).ToList();
        var reads = providers.Distinct().Select(async provider =>
        {
            // The multiplexer pipelines these: one round trip's worth of waiting for all of them.
            var wire = provider.ToWireName();
            var open = database.KeyExistsAsync(RedisKeys.ProviderBreakerOpen(Deployment, wire));
            var counts = await Task.WhenAll(buckets.Select(b => database.HashGetAsync(RedisKeys.ProviderHealth(Deployment, wire, b), [Ok, Fail])));
            long successes = 0, failures = 0;
            foreach (var pair in counts)
            {
                successes += pair[0].HasValue ? (long)pair[0] : 0;
                failures += pair[1].HasValue ? (long)pair[1] : 0;
            }

            return (provider, snapshot: new ProviderHealthSnapshot(successes, failures, await open));
        });
        return (await Task.WhenAll(reads)).ToDictionary(r => r.provider, r => r.snapshot);
    }
}
