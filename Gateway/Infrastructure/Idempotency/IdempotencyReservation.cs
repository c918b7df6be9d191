namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>The result of reserving a key; <see cref="Response"/> is set for <see cref="IdempotencyOutcome.Replay"/>.</summary>
public sealed record IdempotencyReservation(IdempotencyOutcome Outcome, StoredResponse? Response = null)
{
    public static IdempotencyReservation Reserved { get; } = new(IdempotencyOutcome.Reserved);

    public static IdempotencyReservation InProgress { get; } = new(IdempotencyOutcome.InProgress);

    public static IdempotencyReservation Mismatch { get; } = new(IdempotencyOutcome.Mismatch);

    /// <summary>Decides what an existing entry means for a request with <paramref name="requestHash"/>.</summary>
    public static IdempotencyReservation For(IdempotencyEntry existing, string requestHash)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (!string.Equals(existing.RequestHash, requestHash, StringComparison.Ordinal))
        {
            return Mismatch;
        }

        return existing.Response is null ? InProgress : new IdempotencyReservation(IdempotencyOutcome.Replay, existing.Response);
    }
}
