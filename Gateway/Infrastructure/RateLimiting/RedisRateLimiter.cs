using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure.Coordination;
using StackExchange.Redis;

namespace PayGov.Gateway.Infrastructure.RateLimiting;

/// <summary>One round trip per request: a script increments the window's counter and sets its expiry atomically.</summary>
public sealed class RedisRateLimiter(IConnectionMultiplexer redis, TimeProvider time, IOptions<RateLimitOptions> options) : IRateLimiter
{
    private const string IncrementScript = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    // Windows are numbered by the nodes' clocks, the expiry counts on Redis's: a generous lifetime keeps a
    // window's counter alive however far a node's clock is from Redis's.
    private static readonly TimeSpan MinimumKeyLifetime = TimeSpan.FromMinutes(1);

    public async Task<RateLimitDecision> AcquireAsync(string portalId, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var window = FixedWindow.At(time.GetUtcNow(), limits.Window);
        var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(
            IncrementScript,
            [RedisKeys.RateLimit(portalId, window.Index)],
            [(long)Math.Max(limits.Window.TotalMilliseconds * 2, MinimumKeyLifetime.TotalMilliseconds)]);
        return new RateLimitDecision(count <= limits.PermitLimit, window.Remaining);
    }
}
