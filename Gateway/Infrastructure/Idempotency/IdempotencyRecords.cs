using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>
/// The durable half of idempotency for every keyed create: the record written with the new object, and the lookup
/// that answers a repeat when the fast store (Redis) lost the key and the record's primary key refused the insert.
/// </summary>
public static class IdempotencyRecords
{
    public static IdempotencyRecord For(AuthenticatedPortal portal, IdempotencyKey key, string resourceId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(key);
        return new IdempotencyRecord
        {
            PortalId = portal.PortalId,
            Livemode = portal.Livemode,
            Key = key.Key,
            RequestHash = key.RequestHash,
            ResourceId = resourceId,
            CreatedAt = now,
        };
    }

    /// <summary>The id of what the key already created; <c>idempotency_key_reused</c> when it came with another request; <see langword="null"/> when nothing was created under it.</summary>
    public static async Task<Result<string>?> FindAsync(PayGovDbContext db, AuthenticatedPortal portal, IdempotencyKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(key);
        var record = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.PortalId == portal.PortalId && r.Livemode == portal.Livemode && r.Key == key.Key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        return string.Equals(record.RequestHash, key.RequestHash, StringComparison.Ordinal)
            ? record.ResourceId
            : new ApiError(ErrorCodes.IdempotencyKeyReused, "This Idempotency-Key was already used with a different request.", IdempotencyKey.HeaderName);
    }
}
