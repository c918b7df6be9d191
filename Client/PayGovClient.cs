using PayGov.Client.Events;
using PayGov.Client.Infrastructure;
using PayGov.Client.PaymentIntents;
using PayGov.Client.Refunds;
using PayGov.Client.Webhooks;

namespace PayGov.Client;

/// <summary>
/// The entry point to PayGov's portal API. Build one per deployment and key, share it (it is thread-safe), and call
/// its services: <see cref="PaymentIntents"/>, <see cref="Refunds"/>, <see cref="Events"/> and <see cref="WebhookEndpoints"/>.
/// </summary>
public sealed class PayGovClient : IDisposable
{
    private readonly HttpClient? ownedHttpClient;

    /// <summary>Initializes a new instance of the <see cref="PayGovClient"/> class.</summary>
    /// <param name="options">The key, address, retries and timeout. Not null; read once here.</param>
    /// <param name="httpClient">
    /// The <see cref="HttpClient"/> to send with (for example one from <c>IHttpClientFactory</c>, whose handlers then run on
    /// every attempt), or <see langword="null"/> for one the client creates and disposes. The client relies on its own
    /// per-attempt timeout; a shorter <see cref="HttpClient.Timeout"/> also ends an attempt.
    /// </param>
    /// <param name="timeProvider">The clock for retry back-off and timeouts, or <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or one of its required values is null.</exception>
    /// <exception cref="ArgumentException">The key is blank, the address is not absolute http(s), the retries are outside 0 to <see cref="PayGovClientOptions.MaxAllowedNetworkRetries"/>, or the timeout is not positive.</exception>
    public PayGovClient(PayGovClientOptions options, HttpClient? httpClient = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ApiKey, nameof(options));
        ArgumentNullException.ThrowIfNull(options.BaseUrl, nameof(options));
        if (!options.BaseUrl.IsAbsoluteUri || (options.BaseUrl.Scheme != Uri.UriSchemeHttps && options.BaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The base URL must be an absolute http(s) address.", nameof(options));
        }

        if (options.MaxNetworkRetries is < 0 or > PayGovClientOptions.MaxAllowedNetworkRetries)
        {
            throw new ArgumentException($"Max network retries must be 0 to {PayGovClientOptions.MaxAllowedNetworkRetries}.", nameof(options));
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("The timeout must be positive.", nameof(options));
        }

        if (httpClient is null)
        {
            // Our per-attempt timeout governs; the HttpClient's own 100 s default would cut across it.
            ownedHttpClient = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            httpClient = ownedHttpClient;
        }

        var requester = new ApiRequester(httpClient, options, timeProvider ?? TimeProvider.System);
        PaymentIntents = new PaymentIntentService(requester);
        Refunds = new RefundService(requester);
        Events = new EventService(requester);
        WebhookEndpoints = new WebhookEndpointService(requester);
    }

    /// <summary>Gets the payment intents service.</summary>
    public PaymentIntentService PaymentIntents { get; }

    /// <summary>Gets the refunds service.</summary>
    public RefundService Refunds { get; }

    /// <summary>Gets the events service.</summary>
    public EventService Events { get; }

    /// <summary>Gets the webhook endpoints service.</summary>
    public WebhookEndpointService WebhookEndpoints { get; }

    /// <summary>Disposes the <see cref="HttpClient"/> this client created; one passed in stays the caller's to dispose.</summary>
    public void Dispose() => ownedHttpClient?.Dispose();
}
