using PayGov.Client.Infrastructure;
using PayGov.Client.Webhooks;

namespace PayGov.Client.Events;

/// <summary>Events: every state change of this portal's objects. Reach it through <see cref="PayGovClient.Events"/>.</summary>
public sealed class EventService
{
    private const string Path = "v1/events";
    private readonly ApiRequester requester;

    internal EventService(ApiRequester requester) => this.requester = requester;

    /// <summary>Retrieves an event (<c>GET /v1/events/{id}</c>).</summary>
    /// <param name="id">The event's id, <c>evt_…</c>. Not null or blank.</param>
    /// <param name="requestOptions">Per-call key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="PayGovException">PayGov refused (<c>resource_missing</c>).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<Event> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return requester.GetAsync<Event>($"{Path}/{Uri.EscapeDataString(id)}", requestOptions, cancellationToken);
    }

    /// <summary>Lists one page of this portal's events, newest first (<c>GET /v1/events</c>).</summary>
    /// <param name="options">Filters, page size and cursor, or <see langword="null"/> for the newest 10.</param>
    /// <param name="requestOptions">Per-call key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The page; <see cref="PayGovList{T}.HasMore"/> says whether another follows.</returns>
    /// <exception cref="PayGovException">PayGov refused the filters (for example <c>parameter_invalid</c> for an unknown type).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<PayGovList<Event>> ListAsync(EventListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options ??= new EventListOptions();
        return requester.ListAsync<Event>(Path, options, options.StartingAfter, requestOptions, cancellationToken);
    }

    /// <summary>Lists every matching event, newest first, requesting the next page only when the previous one is used up.</summary>
    /// <param name="options">Filters, page size and starting cursor, or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call key and timeout for every page, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The events, lazily. Exceptions are those of <see cref="ListAsync"/>, thrown while enumerating.</returns>
    public IAsyncEnumerable<Event> ListAutoPagingAsync(EventListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        requester.ListAutoPagingAsync<Event>(Path, options ?? new EventListOptions(), e => e.Id, requestOptions, cancellationToken);

    /// <summary>Reads an event's delivery log (<c>GET /v1/events/{id}/deliveries</c>): one delivery per endpoint, with every attempt.</summary>
    /// <param name="eventId">The event's id, <c>evt_…</c>. Not null or blank.</param>
    /// <param name="requestOptions">Per-call key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The deliveries (one page holds them all); empty before PayGov has fanned the event out to the endpoints.</returns>
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is null or blank.</exception>
    /// <exception cref="PayGovException">PayGov refused (<c>resource_missing</c>).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<PayGovList<WebhookDelivery>> ListDeliveriesAsync(string eventId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return requester.GetAsync<PayGovList<WebhookDelivery>>($"{Path}/{Uri.EscapeDataString(eventId)}/deliveries", requestOptions, cancellationToken);
    }

    /// <summary>
    /// Sends an event to an endpoint again now (<c>POST /v1/events/{id}/deliveries/{delivery_id}/replay</c>), for example after
    /// fixing a receiver. The receiver gets the same event id again, so its de-duplication still holds.
    /// </summary>
    /// <param name="eventId">The event's id, <c>evt_…</c>. Not null or blank.</param>
    /// <param name="deliveryId">The delivery's id from <see cref="ListDeliveriesAsync"/>. Not null or blank.</param>
    /// <param name="requestOptions">Per-call key, idempotency key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting; a POST already sent may still take effect.</param>
    /// <returns>The delivery, due again.</returns>
    /// <exception cref="ArgumentException">An id is null or blank, or the idempotency key is invalid.</exception>
    /// <exception cref="PayGovException">PayGov refused (<c>resource_missing</c>, or the endpoint was deleted).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<WebhookDelivery> ReplayDeliveryAsync(string eventId, string deliveryId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryId);
        return requester.PostAsync<WebhookDelivery>(
            $"{Path}/{Uri.EscapeDataString(eventId)}/deliveries/{Uri.EscapeDataString(deliveryId)}/replay", EmptyBody.Instance, requestOptions, cancellationToken);
    }
}
