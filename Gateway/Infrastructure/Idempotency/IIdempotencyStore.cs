namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>
/// Fast, shared reservations of idempotency keys with their cached responses. Redis in a deployment, an
/// in-process map in the embedded default. Not the last guard: <see cref="IdempotencyRecord"/> is.
/// </summary>
public interface IIdempotencyStore
{
    Task<IdempotencyReservation> ReserveAsync(string portalId, string key, string requestHash, CancellationToken cancellationToken);

    Task CompleteAsync(string portalId, string key, string requestHash, StoredResponse response, CancellationToken cancellationToken);

    /// <summary>Frees a reservation whose request stored nothing (rejected, or failed), so the client may retry.</summary>
    Task ReleaseAsync(string portalId, string key, string requestHash, CancellationToken cancellationToken);
}
