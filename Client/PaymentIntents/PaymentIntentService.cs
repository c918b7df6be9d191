using PayGov.Client.Infrastructure;

namespace PayGov.Client.PaymentIntents;

/// <summary>Payment intents: create one per dossier fee, read them, list them, cancel the unpaid. Reach it through <see cref="PayGovClient.PaymentIntents"/>.</summary>
public sealed class PaymentIntentService
{
    private const string Path = "v1/payment_intents";
    private readonly ApiRequester requester;

    internal PaymentIntentService(ApiRequester requester) => this.requester = requester;

    /// <summary>
    /// Creates a payment intent (<c>POST /v1/payment_intents</c>). The call carries an idempotency key (the caller's in
    /// <paramref name="requestOptions"/>, or one generated for this call and reused by its retries), so it never creates two.
    /// </summary>
    /// <param name="options">The intent: amount in đồng, reference, fee items adding up to the amount. Not null.</param>
    /// <param name="requestOptions">Per-call key, idempotency key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting; a POST already sent may still take effect.</param>
    /// <returns>The new intent; when the key was used before with the same body, the first intent, with <see cref="PayGovResponse.IdempotentReplayed"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The idempotency key is not 1 to 255 printable ASCII characters.</exception>
    /// <exception cref="PayGovException">PayGov refused the intent (for example <c>amount_invalid</c>, <c>fee_items_amount_mismatch</c>, <c>idempotency_key_reused</c>).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry; resend with the same idempotency key.</exception>
    public Task<PaymentIntent> CreateAsync(PaymentIntentCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return requester.PostAsync<PaymentIntent>(Path, options, requestOptions, cancellationToken);
    }

    /// <summary>Retrieves a payment intent (<c>GET /v1/payment_intents/{id}</c>).</summary>
    /// <param name="id">The intent's id, <c>pi_…</c>. Not null or blank.</param>
    /// <param name="requestOptions">Per-call key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The intent as it is now.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="PayGovException">PayGov refused (<c>resource_missing</c> for an id of another portal or none).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<PaymentIntent> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return requester.GetAsync<PaymentIntent>($"{Path}/{Uri.EscapeDataString(id)}", requestOptions, cancellationToken);
    }

    /// <summary>Lists one page of this portal's payment intents, newest first (<c>GET /v1/payment_intents</c>).</summary>
    /// <param name="options">Filters, page size and cursor, or <see langword="null"/> for the newest 10.</param>
    /// <param name="requestOptions">Per-call key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The page; <see cref="PayGovList{T}.HasMore"/> says whether another follows.</returns>
    /// <exception cref="PayGovException">PayGov refused the filters (for example <c>parameter_invalid</c> for a limit over 100).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<PayGovList<PaymentIntent>> ListAsync(PaymentIntentListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options ??= new PaymentIntentListOptions();
        return requester.ListAsync<PaymentIntent>(Path, options, options.StartingAfter, requestOptions, cancellationToken);
    }

    /// <summary>
    /// Lists every matching payment intent, newest first, reading page after page (<c>starting_after</c> the last id of the
    /// previous one) only as the caller enumerates. <see cref="ListOptions.Limit"/> sets the page size, not the total.
    /// </summary>
    /// <param name="options">Filters, page size and starting cursor, or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call key and timeout for every page, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The intents, lazily; each page is requested when the previous one is used up. Exceptions are those of <see cref="ListAsync"/>, thrown while enumerating.</returns>
    public IAsyncEnumerable<PaymentIntent> ListAutoPagingAsync(PaymentIntentListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        requester.ListAutoPagingAsync<PaymentIntent>(Path, options ?? new PaymentIntentListOptions(), intent => intent.Id, requestOptions, cancellationToken);

    /// <summary>
    /// Cancels a payment intent that is not paid yet (<c>POST /v1/payment_intents/{id}/cancel</c>). Like every POST it
    /// carries an idempotency key, so a retried cancel answers the first cancel's result.
    /// </summary>
    /// <param name="id">The intent's id, <c>pi_…</c>. Not null or blank.</param>
    /// <param name="options">The reason, or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call key, idempotency key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting; a POST already sent may still take effect.</param>
    /// <returns>The canceled intent.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank, or the idempotency key is invalid.</exception>
    /// <exception cref="PayGovException">PayGov refused (<c>intent_not_cancelable</c> once paid, canceled or expired; <c>resource_missing</c>).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry; resend with the same idempotency key.</exception>
    public Task<PaymentIntent> CancelAsync(string id, PaymentIntentCancelOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return requester.PostAsync<PaymentIntent>($"{Path}/{Uri.EscapeDataString(id)}/cancel", options ?? new PaymentIntentCancelOptions(), requestOptions, cancellationToken);
    }
}
