using Microsoft.Extensions.Time.Testing;
using PayGov.Gateway.Infrastructure.Coordination;
using StackExchange.Redis;

namespace PayGov.Gateway.Tests.Coordination;

/// <summary>The contract both leader locks keep: one holder at a time, released early by its holder only, expiring on its own.</summary>
public abstract class LeaderLockContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 14, 2, 0, 0, TimeSpan.Zero));

    protected abstract ILeaderLock CreateLock();

    [Fact]
    public async Task Of_many_contenders_exactly_one_holds_the_lock()
    {
        var locks = CreateLock();
        var name = "test:" + Guid.NewGuid().ToString("N");

        var leases = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => locks.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None))));

        Assert.Single(leases, l => l is not null);
        await leases.Single(l => l is not null)!.DisposeAsync();
    }

    [Fact]
    public async Task A_released_lock_can_be_taken_again()
    {
        var locks = CreateLock();
        var name = "test:" + Guid.NewGuid().ToString("N");

        var first = await locks.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None);
        var whileHeld = await locks.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None);
        await first!.DisposeAsync();
        var afterRelease = await locks.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Null(whileHeld);
        Assert.NotNull(afterRelease);
        await afterRelease.DisposeAsync();
    }

    [Fact]
    public async Task A_holder_whose_lease_ran_out_does_not_release_its_successor()
    {
        var locks = CreateLock();
        var name = "test:" + Guid.NewGuid().ToString("N");
        var first = await locks.TryAcquireAsync(name, TimeSpan.FromMilliseconds(200), CancellationToken.None);

        await ExpireAsync(name, TimeSpan.FromMilliseconds(300));
        var second = await locks.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None);
        await first!.DisposeAsync();
        var third = await locks.TryAcquireAsync(name, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.NotNull(second);
        Assert.Null(third);
        await second.DisposeAsync();
    }

    /// <summary>Lets a lease run out: fake time for the in-process lock, real time for Redis's own expiry.</summary>
    protected abstract Task ExpireAsync(string name, TimeSpan duration);
}

public sealed class InProcessLeaderLockTests : LeaderLockContract
{
    protected override ILeaderLock CreateLock() => new InProcessLeaderLock(Time);

    protected override Task ExpireAsync(string name, TimeSpan duration)
    {
        Time.Advance(duration);
        return Task.CompletedTask;
    }
}

/// <summary>The Redis lock against the real test Redis server: what several gateway nodes share.</summary>
public sealed class RedisLeaderLockTests : LeaderLockContract, IAsyncLifetime
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

    protected override ILeaderLock CreateLock() => new RedisLeaderLock(redis!);

    // Redis expires keys on its own clock: wait (bounded) until it has dropped the lease.
    protected override Task ExpireAsync(string name, TimeSpan duration) =>
        Eventually.TrueAsync(async () => !await redis!.GetDatabase().KeyExistsAsync(RedisKeys.Lock(name)), "the lease has expired in Redis", duration + TimeSpan.FromSeconds(5));
}
