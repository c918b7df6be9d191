using System.Security.Cryptography;
using StackExchange.Redis;

namespace PayGov.Gateway.Infrastructure.Coordination;

/// <summary>
/// <c>LockTakeAsync</c> (SET NX PX) with a token of this holder, and <c>LockReleaseAsync</c>, which deletes the key
/// only while it still holds that token: a holder whose lease ran out never releases its successor's.
/// </summary>
public sealed class RedisLeaderLock(IConnectionMultiplexer redis) : ILeaderLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan ttl, CancellationToken cancellationToken)
    {
        var key = RedisKeys.Lock(name);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var database = redis.GetDatabase();
        return await database.LockTakeAsync(key, token, ttl) ? new Lease(database, key, token) : null;
    }

    private sealed class Lease(IDatabase database, RedisKey key, string token) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await database.LockReleaseAsync(key, token);
    }
}
