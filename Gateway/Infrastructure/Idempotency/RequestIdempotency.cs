namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>
/// The reserved idempotency key of the current request, set by <see cref="IdempotencyFilter"/> before the
/// handler runs, so the use case can write its <see cref="IdempotencyRecord"/> in its own transaction.
/// </summary>
public sealed class RequestIdempotency
{
    public IdempotencyKey? Key { get; set; }
}
