using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>The embedded default's stand-in for Redis: the same contract, valid only for a single node.</summary>
public sealed class InProcessIdempotencyStore(TimeProvider time, IOptions<IdempotencyOptions> options) : IIdempotencyStore
{
    private const int SweepThreshold = 10_000;
    private readonly ConcurrentDictionary<(string Portal, string Key), Slot> slots = new();

    public Task<IdempotencyReservation> ReserveAsync(string portalId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        SweepIfLarge(now);
        var fresh = new Slot(new IdempotencyEntry(requestHash, null), now + options.Value.ReservationTtl);
        while (true)
        {
            if (slots.TryAdd((portalId, key), fresh))
            {
                return Task.FromResult(IdempotencyReservation.Reserved);
            }

            if (!slots.TryGetValue((portalId, key), out var existing))
            {
                continue;
            }

            if (existing.ExpiresAt > now)
            {
                return Task.FromResult(IdempotencyReservation.For(existing.Entry, requestHash));
            }

            if (slots.TryUpdate((portalId, key), fresh, existing))
            {
                return Task.FromResult(IdempotencyReservation.Reserved);
            }
        }
    }

    public Task CompleteAsync(string portalId, string key, string requestHash, StoredResponse response, CancellationToken cancellationToken)
    {
        slots[(portalId, key)] = new Slot(new IdempotencyEntry(requestHash, response), time.GetUtcNow() + options.Value.ResponseTtl);
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string portalId, string key, string requestHash, CancellationToken cancellationToken)
    {
        if (slots.TryGetValue((portalId, key), out var existing) && existing.Entry.Response is null && existing.Entry.RequestHash == requestHash)
        {
            slots.TryRemove(new KeyValuePair<(string, string), Slot>((portalId, key), existing));
        }

        return Task.CompletedTask;
    }

    private void SweepIfLarge(DateTimeOffset now)
    {
        if (slots.Count < SweepThreshold)
        {
            return;
        }

        foreach (var pair in slots)
        {
            if (pair.Value.ExpiresAt <= now)
            {
                slots.TryRemove(pair);
            }
        }
    }

    private sealed record Slot(IdempotencyEntry Entry, DateTimeOffset ExpiresAt);
}
