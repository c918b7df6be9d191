using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PayGov.Gateway.Infrastructure.RateLimiting;
using StackExchange.Redis;

namespace PayGov.Gateway.Tests.Coordination;

/// <summary>The contract both rate limiters keep: a fixed budget per portal per window, shared by every caller.</summary>
public abstract class RateLimiterContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 14, 2, 0, 0, 250, TimeSpan.Zero));

    protected static IOptions<RateLimitOptions> Options { get; } =
        Microsoft.Extensions.Options.Options.Create(new RateLimitOptions { PermitLimit = 5, Window = TimeSpan.FromSeconds(1) });

    protected abstract IRateLimiter CreateLimiter();

    [Fact]
    public async Task The_budget_is_spent_then_refused_until_the_next_window()
    {
        var limiter = CreateLimiter();
        var portal = "p-" + Guid.NewGuid().ToString("N")[..12];

        var decisions = new List<RateLimitDecision>();
        for (var i = 0; i < 6; i++)
        {
            decisions.Add(await limiter.AcquireAsync(portal, CancellationToken.None));
        }

        Time.Advance(TimeSpan.FromMilliseconds(750));
        var nextWindow = await limiter.AcquireAsync(portal, CancellationToken.None);

        Assert.All(decisions.Take(5), d => Assert.True(d.Allowed));
        Assert.False(decisions[5].Allowed);
        Assert.Equal(TimeSpan.FromMilliseconds(750), decisions[5].RetryAfter);
        Assert.True(nextWindow.Allowed);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_budget()
    {
        var limiter = CreateLimiter();
        var portal = "p-" + Guid.NewGuid().ToString("N")[..12];

        var decisions = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => limiter.AcquireAsync(portal, CancellationToken.None))));

        Assert.Equal(5, decisions.Count(d => d.Allowed));
    }
}

/// <summary>The Redis limiter, against the real test Redis server: what two gateway nodes share.</summary>
public sealed class RedisRateLimiterTests : RateLimiterContract, IAsyncLifetime
{
    private ConnectionMultiplexer? redis;

    public async Task InitializeAsync() => redis = await ConnectionMultiplexer.ConnectAsync(await TestServers.RedisAsync());

    public async Task DisposeAsync()
    {
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_nodes_with_their_own_connections_share_one_budget()
    {
        await using var otherNode = await ConnectionMultiplexer.ConnectAsync(await TestServers.RedisAsync());
        var first = CreateLimiter();
        var second = new RedisRateLimiter(otherNode, Time, Options);
        var portal = "p-" + Guid.NewGuid().ToString("N")[..12];

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await first.AcquireAsync(portal, CancellationToken.None)).Allowed);
            Assert.True(i == 2 || (await second.AcquireAsync(portal, CancellationToken.None)).Allowed);
        }

        Assert.False((await second.AcquireAsync(portal, CancellationToken.None)).Allowed);
    }

    protected override IRateLimiter CreateLimiter() => new RedisRateLimiter(redis!, Time, Options);
}

/// <summary>The embedded default's in-process limiter.</summary>
public sealed class InProcessRateLimiterTests : RateLimiterContract
{
    protected override IRateLimiter CreateLimiter() => new InProcessRateLimiter(Time, Options);
}
