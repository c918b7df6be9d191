using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure.Coordination;
using StackExchange.Redis;

namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>Reservations as single conditional writes (<c>SET NX PX</c>), so two nodes can never both win a key.</summary>
public sealed class RedisIdempotencyStore(IConnectionMultiplexer redis, IOptions<IdempotencyOptions> options) : IIdempotencyStore
{
    // A key can expire between our failed SET NX and the GET that reads it; a few tries settle that race.
    private const int Attempts = 3;

    public async Task<IdempotencyReservation> ReserveAsync(string portalId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var redisKey = RedisKeys.Idempotency(portalId, key);
        var pending = new IdempotencyEntry(requestHash, null).Serialize();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await db.StringSetAsync(redisKey, pending, options.Value.ReservationTtl, When.NotExists))
            {
                return IdempotencyReservation.Reserved;
            }

            var existing = await db.StringGetAsync(redisKey);
            if (existing.HasValue)
            {
                return IdempotencyReservation.For(IdempotencyEntry.Deserialize(existing.ToString()), requestHash);
            }
        }

        return IdempotencyReservation.InProgress;
    }

    public Task CompleteAsync(string portalId, string key, string requestHash, StoredResponse response, CancellationToken cancellationToken) =>
        redis.GetDatabase().StringSetAsync(
            RedisKeys.Idempotency(portalId, key),
            new IdempotencyEntry(requestHash, response).Serialize(),
            options.Value.ResponseTtl);

    public async Task ReleaseAsync(string portalId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var redisKey = RedisKeys.Idempotency(portalId, key);
#pragma warning disable SER301 // DELEX (the suggested conditional delete) needs Redis 8.4; Debian's servers are 7.x.
        var transaction = redis.GetDatabase().CreateTransaction();
        // Only our own pending reservation is removed; a completed entry must survive a late release.
        transaction.AddCondition(Condition.StringEqual(redisKey, new IdempotencyEntry(requestHash, null).Serialize()));
        _ = transaction.KeyDeleteAsync(redisKey);
        await transaction.ExecuteAsync();
#pragma warning restore SER301
    }
}
