namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>
/// The durable half of idempotency: written in the same transaction as the object a keyed request created.
/// Its primary key (portal, key) is the last guard when the fast store (Redis) has lost a reservation.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string PortalId { get; init; }

    public bool Livemode { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of method, path and body, hex: the same key with another request is refused.</summary>
    public required string RequestHash { get; init; }

    public required string ResourceId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
