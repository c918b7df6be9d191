namespace PayGov.Gateway.Payments;

/// <summary>Where one attempt at a provider stands.</summary>
public enum PaymentAttemptStatus
{
    /// <summary>Created at the provider; waiting for its verified callback.</summary>
    Started,

    /// <summary>The provider's verified word said paid.</summary>
    Succeeded,

    /// <summary>The provider declined, or provably never started it.</summary>
    Failed,

    /// <summary>The provider's answer is not known (time-out after sending, unknown code): settled by query, never guessed.</summary>
    Unknown,

    /// <summary>
    /// The citizen chose again while the provider still said "not paid". Only a success can still complete it
    /// (the citizen may pay on a page left open); that success is recorded, never dropped.
    /// </summary>
    Abandoned,
}
