using System.Net;

namespace PayGov.Providers.Sandbox;

/// <summary>One server-to-server callback to deliver with the provider's retry pattern.</summary>
/// <param name="ProviderId">The provider sending it.</param>
/// <param name="Target">The merchant's callback URL.</param>
/// <param name="JsonBody">The exact JSON body.</param>
/// <param name="FirstDelay">The wait before the first delivery (the late-callback fault).</param>
/// <param name="RetryDelays">The waits before each further delivery while not accepted.</param>
/// <param name="IsAccepted">Whether the merchant's answer counts as delivered (MoMo: 204 only).</param>
public sealed record SandboxCallback(
    ProviderId ProviderId,
    Uri Target,
    string JsonBody,
    TimeSpan FirstDelay,
    IReadOnlyList<TimeSpan> RetryDelays,
    Func<HttpStatusCode, string, bool> IsAccepted)
{
    /// <summary>Extra headers for each delivery, by attempt number from 1 (the bank re-signs every retry with a fresh timestamp).</summary>
    public Func<int, IReadOnlyDictionary<string, string>>? HeadersFor { get; init; }

    /// <summary>
    /// For an answer that is not accepted, given the attempt number: whether the sender stops instead of retrying
    /// (the bank does not retry a 4xx). By default every such answer is retried.
    /// </summary>
    public Func<HttpStatusCode, string, int, bool>? GivesUp { get; init; }

    /// <summary>How long one delivery may take before it counts as failed (the bank: 10 s); by default the client's time-out.</summary>
    public TimeSpan? AttemptTimeout { get; init; }

    /// <summary>Told after each delivery: what the sender's log keeps.</summary>
    public Action<SandboxDeliveryAttempt>? OnAttempt { get; init; }
}
