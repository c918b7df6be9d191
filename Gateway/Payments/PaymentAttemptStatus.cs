namespace PayGov.Gateway.Payments;

/// <summary>Where one attempt at a provider stands.</summary>
public enum PaymentAttemptStatus
{
    /// <summary>Created at the provider; waiting for its verified callback.</summary>
    Started,

    /// <summary>The provider's verified callback said paid.</summary>
    Succeeded,

    /// <summary>The provider declined, or refused to start it.</summary>
    Failed,

    /// <summary>The provider's answer is not known (time-out after sending, unknown code): settle by query.</summary>
    Unknown,
}
