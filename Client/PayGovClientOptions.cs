namespace PayGov.Client;

/// <summary>
/// How a <see cref="PayGovClient"/> reaches PayGov. Set once when the client is built; per-call changes
/// travel in <see cref="RequestOptions"/>.
/// </summary>
public sealed class PayGovClientOptions
{
    /// <summary>The most retries a client accepts; more would hold a citizen's request for minutes.</summary>
    public const int MaxAllowedNetworkRetries = 10;

    /// <summary>Gets the portal's secret API key (<c>sk_test_…</c> or <c>sk_live_…</c>). Required; never logged by the client.</summary>
    public required string ApiKey { get; init; }

    /// <summary>
    /// Gets the address of the PayGov deployment, for example <c>https://api.paygov.vn/</c>. Required and absolute;
    /// the API's <c>v1/…</c> paths are resolved under it, so a path prefix such as <c>/paygov/</c> is kept.
    /// </summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>
    /// Gets how many times a failed call is retried after its first attempt (0 to <see cref="MaxAllowedNetworkRetries"/>,
    /// default 2). Only connection failures, timeouts, 409 <c>idempotency_key_in_use</c>, 429 and 5xx are retried.
    /// </summary>
    public int MaxNetworkRetries { get; init; } = 2;

    /// <summary>
    /// Gets how long one attempt (one HTTP exchange) may take before it counts as a connection failure, default 30 seconds.
    /// A whole call may take longer when it is retried; bound it with the <see cref="CancellationToken"/>.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
