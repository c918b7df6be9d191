using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PayGov.Gateway.Infrastructure.Idempotency;
using StackExchange.Redis;

namespace PayGov.Gateway.Tests.Coordination;

/// <summary>The contract both idempotency stores keep; each subclass runs it against one implementation.</summary>
public abstract class IdempotencyStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 14, 2, 0, 0, TimeSpan.Zero));

    protected static IOptions<IdempotencyOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new IdempotencyOptions());

    protected abstract Task<IIdempotencyStore> CreateStoreAsync();

    private static string Portal() => "p-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task First_reservation_wins_and_a_concurrent_one_sees_it_in_progress()
    {
        var store = await CreateStoreAsync();
        var portal = Portal();

        var first = await store.ReserveAsync(portal, "k", "hash-a", CancellationToken.None);
        var second = await store.ReserveAsync(portal, "k", "hash-a", CancellationToken.None);

        Assert.Equal(IdempotencyOutcome.Reserved, first.Outcome);
        Assert.Equal(IdempotencyOutcome.InProgress, second.Outcome);
    }

    [Fact]
    public async Task A_completed_key_replays_its_response_and_refuses_another_request()
    {
        var store = await CreateStoreAsync();
        var portal = Portal();
        await store.ReserveAsync(portal, "k", "hash-a", CancellationToken.None);

        await store.CompleteAsync(portal, "k", "hash-a", new StoredResponse(201, "{\"id\":\"pi_1\"}"), CancellationToken.None);
        var replay = await store.ReserveAsync(portal, "k", "hash-a", CancellationToken.None);
        var other = await store.ReserveAsync(portal, "k", "hash-b", CancellationToken.None);

        Assert.Equal(IdempotencyOutcome.Replay, replay.Outcome);
        Assert.Equal(new StoredResponse(201, "{\"id\":\"pi_1\"}"), replay.Response);
        Assert.Equal(IdempotencyOutcome.Mismatch, other.Outcome);
    }

    [Fact]
    public async Task A_released_key_may_be_reserved_again_but_a_completed_one_survives_a_late_release()
    {
        var store = await CreateStoreAsync();
        var portal = Portal();
        await store.ReserveAsync(portal, "released", "hash-a", CancellationToken.None);
        await store.ReserveAsync(portal, "done", "hash-a", CancellationToken.None);
        await store.CompleteAsync(portal, "done", "hash-a", new StoredResponse(200, "{}"), CancellationToken.None);

        await store.ReleaseAsync(portal, "released", "hash-a", CancellationToken.None);
        await store.ReleaseAsync(portal, "done", "hash-a", CancellationToken.None);

        Assert.Equal(IdempotencyOutcome.Reserved, (await store.ReserveAsync(portal, "released", "hash-b", CancellationToken.None)).Outcome);
        Assert.Equal(IdempotencyOutcome.Replay, (await store.ReserveAsync(portal, "done", "hash-a", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Keys_of_different_portals_never_meet()
    {
        var store = await CreateStoreAsync();

        var a = await store.ReserveAsync(Portal(), "same", "hash-a", CancellationToken.None);
        var b = await store.ReserveAsync(Portal(), "same", "hash-b", CancellationToken.None);

        Assert.Equal(IdempotencyOutcome.Reserved, a.Outcome);
        Assert.Equal(IdempotencyOutcome.Reserved, b.Outcome);
    }

    [Fact]
    public async Task Fifty_concurrent_reservations_of_one_key_have_exactly_one_winner()
    {
        var store = await CreateStoreAsync();
        var portal = Portal();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => store.ReserveAsync(portal, "k", "hash-a", CancellationToken.None))));

        Assert.Equal(1, outcomes.Count(o => o.Outcome == IdempotencyOutcome.Reserved));
        Assert.Equal(49, outcomes.Count(o => o.Outcome == IdempotencyOutcome.InProgress));
    }
}

/// <summary>The Redis store, against the real test Redis server.</summary>
public sealed class RedisIdempotencyStoreTests : IdempotencyStoreContract, IAsyncLifetime
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

    protected override Task<IIdempotencyStore> CreateStoreAsync() =>
        Task.FromResult<IIdempotencyStore>(new RedisIdempotencyStore(redis!, Options));
}

/// <summary>The embedded default's in-process store.</summary>
public sealed class InProcessIdempotencyStoreTests : IdempotencyStoreContract
{
    [Fact]
    public async Task A_reservation_left_by_a_dead_request_expires()
    {
        var store = await CreateStoreAsync();
        await store.ReserveAsync("p", "k", "hash-a", CancellationToken.None);

        Time.Advance(Options.Value.ReservationTtl + TimeSpan.FromSeconds(1));

        Assert.Equal(IdempotencyOutcome.Reserved, (await store.ReserveAsync("p", "k", "hash-a", CancellationToken.None)).Outcome);
    }

    protected override Task<IIdempotencyStore> CreateStoreAsync() =>
        Task.FromResult<IIdempotencyStore>(new InProcessIdempotencyStore(Time, Options));
}
