using System.Net;

namespace PayGov.Providers.Sandbox;

/// <summary>One server-to-server callback to deliver with the provider's retry pattern.</summary>
/// <param name="ProviderId">The provider sending it.</param>
/// <param name="Method">POST with a JSON body (MoMo, ZaloPay) or GET with the signed query in <paramref name="Target"/> (VNPAY).</param>
/// <param name="Target">The merchant's callback URL.</param>
/// <param name="JsonBody">The exact JSON body of a POST; <see langword="null"/> for a GET.</param>
/// <param name="RetryDelays">The waits before each further delivery while not accepted.</param>
/// <param name="IsAccepted">Whether the merchant's answer counts as delivered (MoMo: 204 only).</param>
public sealed record SandboxCallback(
    ProviderId ProviderId,
    HttpMethod Method,
    Uri Target,
    string? JsonBody,
    IReadOnlyList<TimeSpan> RetryDelays,
    Func<HttpStatusCode, string, bool> IsAccepted)
{
    /// <summary>A JSON body POSTed to <paramref name="target"/>.</summary>
    public static SandboxCallback PostJson(ProviderId providerId, Uri target, string jsonBody, IReadOnlyList<TimeSpan> retryDelays, Func<HttpStatusCode, string, bool> isAccepted) =>
        new(providerId, HttpMethod.Post, target, jsonBody, retryDelays, isAccepted);

    /// <summary>A GET of <paramref name="target"/>, whose query string carries the signed fields.</summary>
    public static SandboxCallback Get(ProviderId providerId, Uri target, IReadOnlyList<TimeSpan> retryDelays, Func<HttpStatusCode, string, bool> isAccepted) =>
        new(providerId, HttpMethod.Get, target, null, retryDelays, isAccepted);

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
