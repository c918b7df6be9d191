namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>Endpoint metadata: whether a POST must carry an <c>Idempotency-Key</c> or merely may.</summary>
public sealed record IdempotencyKeyPolicy(bool KeyRequired)
{
    public static IdempotencyKeyPolicy Required { get; } = new(true);

    public static IdempotencyKeyPolicy Optional { get; } = new(false);
}
