namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>What a reservation of an idempotency key found.</summary>
public enum IdempotencyOutcome
{
    /// <summary>The key is ours: run the request.</summary>
    Reserved,

    /// <summary>A request with this key is running now (409).</summary>
    InProgress,

    /// <summary>The key was used with a different request (422).</summary>
    Mismatch,

    /// <summary>The same request already completed: answer its stored response.</summary>
    Replay,
}
