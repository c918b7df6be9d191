using PayGov.Client.Infrastructure;

namespace PayGov.Client.Webhooks;

/// <summary>
/// Webhook endpoints: register the URLs PayGov sends this portal's signed events to, rotate their secrets, delete
/// them. Reach it through <see cref="PayGovClient.WebhookEndpoints"/>.
/// </summary>
public sealed class WebhookEndpointService
{
    private const string Path = "v1/webhook_endpoints";
    private readonly ApiRequester requester;

    internal WebhookEndpointService(ApiRequester requester) => this.requester = requester;

    /// <summary>Registers a webhook endpoint (<c>POST /v1/webhook_endpoints</c>); like every POST it carries an idempotency key.</summary>
    /// <param name="options">The URL, the event types and an optional description. Not null.</param>
    /// <param name="requestOptions">Per-call key, idempotency key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting; a POST already sent may still take effect.</param>
    /// <returns>The endpoint with its <see cref="WebhookEndpoint.Secret"/>, which PayGov shows only this once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The idempotency key is not 1 to 255 printable ASCII characters.</exception>
    /// <exception cref="PayGovException">PayGov refused (for example <c>parameter_invalid</c> for an http URL off loopback or an unknown event type).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry; resend with the same idempotency key.</exception>
    public Task<WebhookEndpoint> CreateAsync(WebhookEndpointCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return requester.PostAsync<WebhookEndpoint>(Path, options, requestOptions, cancellationToken);
    }

    /// <summary>Retrieves a webhook endpoint (<c>GET /v1/webhook_endpoints/{id}</c>); its secret is not shown.</summary>
    /// <param name="id">The endpoint's id, <c>we_…</c>. Not null or blank.</param>
    /// <param name="requestOptions">Per-call key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The endpoint as it is now, with <see cref="WebhookEndpoint.Secret"/> null.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="PayGovException">PayGov refused (<c>resource_missing</c> for an id of another portal or none).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<WebhookEndpoint> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return requester.GetAsync<WebhookEndpoint>(PathOf(id), requestOptions, cancellationToken);
    }

    /// <summary>Lists this portal's webhook endpoints (<c>GET /v1/webhook_endpoints</c>); a portal has few, so there is one page.</summary>
    /// <param name="requestOptions">Per-call key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Every endpoint, secrets not shown.</returns>
    /// <exception cref="PayGovException">PayGov refused (for example <c>api_key_invalid</c>).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<PayGovList<WebhookEndpoint>> ListAsync(RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        requester.GetAsync<PayGovList<WebhookEndpoint>>(Path, requestOptions, cancellationToken);

    /// <summary>Deletes a webhook endpoint (<c>DELETE /v1/webhook_endpoints/{id}</c>): deliveries stop, the delivery log stays.</summary>
    /// <param name="id">The endpoint's id, <c>we_…</c>. Not null or blank.</param>
    /// <param name="requestOptions">Per-call key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting; a DELETE already sent may still take effect.</param>
    /// <returns>The endpoint, now <see cref="WebhookEndpointStatus.Deleted"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="PayGovException">PayGov refused (<c>resource_missing</c>).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<WebhookEndpoint> DeleteAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return requester.DeleteAsync<WebhookEndpoint>(PathOf(id), requestOptions, cancellationToken);
    }

    /// <summary>
    /// Issues a new signing secret (<c>POST /v1/webhook_endpoints/{id}/rotate_secret</c>). The old secret keeps signing
    /// beside it for the overlap, so verifiers holding either keep accepting while the new one is deployed.
    /// </summary>
    /// <param name="id">The endpoint's id, <c>we_…</c>. Not null or blank.</param>
    /// <param name="options">The overlap, or <see langword="null"/> for PayGov's default of a day.</param>
    /// <param name="requestOptions">Per-call key, idempotency key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting; a POST already sent may still take effect.</param>
    /// <returns>The endpoint with its new <see cref="WebhookEndpoint.Secret"/>, shown only this once.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank, or the idempotency key is invalid.</exception>
    /// <exception cref="PayGovException">PayGov refused (<c>parameter_invalid</c> for an overlap outside 0 to a week; <c>resource_missing</c>).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry; resend with the same idempotency key.</exception>
    public Task<WebhookEndpoint> RotateSecretAsync(
        string id, WebhookEndpointRotateSecretOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return requester.PostAsync<WebhookEndpoint>($"{PathOf(id)}/rotate_secret", options ?? new WebhookEndpointRotateSecretOptions(), requestOptions, cancellationToken);
    }

    /// <summary>Turns a disabled endpoint back on (<c>POST /v1/webhook_endpoints/{id}/enable</c>).</summary>
    /// <param name="id">The endpoint's id, <c>we_…</c>. Not null or blank.</param>
    /// <param name="requestOptions">Per-call key, idempotency key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting; a POST already sent may still take effect.</param>
    /// <returns>The endpoint, <see cref="WebhookEndpointStatus.Enabled"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank, or the idempotency key is invalid.</exception>
    /// <exception cref="PayGovException">PayGov refused (<c>resource_missing</c>, or a deleted endpoint).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<WebhookEndpoint> EnableAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return requester.PostAsync<WebhookEndpoint>($"{PathOf(id)}/enable", EmptyBody.Instance, requestOptions, cancellationToken);
    }

    private static string PathOf(string id) => $"{Path}/{Uri.EscapeDataString(id)}";
}
