using PayGov.Client.Infrastructure;

namespace PayGov.Client.Refunds;

/// <summary>Refunds: give back all or part of a paid payment intent, read them, list them. Reach it through <see cref="PayGovClient.Refunds"/>.</summary>
public sealed class RefundService
{
    private const string Path = "v1/refunds";
    private readonly ApiRequester requester;

    internal RefundService(ApiRequester requester) => this.requester = requester;

    /// <summary>
    /// Refunds a succeeded payment intent (<c>POST /v1/refunds</c>): all that is not refunded yet, or
    /// <see cref="RefundCreateOptions.Amount"/>. The call carries an idempotency key (the caller's in
    /// <paramref name="requestOptions"/>, or one generated for this call and reused by its retries), so it never refunds twice.
    /// The refund comes back <see cref="RefundStatus.Succeeded"/>, <see cref="RefundStatus.Failed"/>, or
    /// <see cref="RefundStatus.Pending"/> while the provider has not said; events tell of the outcome.
    /// </summary>
    /// <param name="options">The intent and amount. Not null.</param>
    /// <param name="requestOptions">Per-call key, idempotency key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting; a POST already sent may still take effect.</param>
    /// <returns>The new refund; when the key was used before with the same body, the first refund, with <see cref="PayGovResponse.IdempotentReplayed"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The idempotency key is not 1 to 255 printable ASCII characters.</exception>
    /// <exception cref="PayGovException">
    /// PayGov refused (<c>amount_exceeds_refundable</c> beyond what is left, <c>invalid_state_transition</c> for an intent
    /// that is not succeeded, <c>resource_missing</c>, <c>idempotency_key_reused</c>).
    /// </exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry; resend with the same idempotency key.</exception>
    public Task<Refund> CreateAsync(RefundCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return requester.PostAsync<Refund>(Path, options, requestOptions, cancellationToken);
    }

    /// <summary>Retrieves a refund (<c>GET /v1/refunds/{id}</c>).</summary>
    /// <param name="id">The refund's id, <c>re_…</c>. Not null or blank.</param>
    /// <param name="requestOptions">Per-call key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The refund as it is now.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    /// <exception cref="PayGovException">PayGov refused (<c>resource_missing</c> for an id of another portal or none).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<Refund> GetAsync(string id, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return requester.GetAsync<Refund>($"{Path}/{Uri.EscapeDataString(id)}", requestOptions, cancellationToken);
    }

    /// <summary>Lists one page of this portal's refunds, newest first (<c>GET /v1/refunds</c>).</summary>
    /// <param name="options">The intent, page size and cursor, or <see langword="null"/> for the newest 10.</param>
    /// <param name="requestOptions">Per-call key and timeout, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The page; <see cref="PayGovList{T}.HasMore"/> says whether another follows.</returns>
    /// <exception cref="PayGovException">PayGov refused the filter (for example <c>parameter_invalid</c> for an intent id without <c>pi_</c>).</exception>
    /// <exception cref="PayGovNetworkException">No answer after every retry.</exception>
    public Task<PayGovList<Refund>> ListAsync(RefundListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options ??= new RefundListOptions();
        return requester.ListAsync<Refund>(Path, options, options.StartingAfter, requestOptions, cancellationToken);
    }

    /// <summary>
    /// Lists every matching refund, newest first, reading page after page only as the caller enumerates.
    /// <see cref="ListOptions.Limit"/> sets the page size, not the total.
    /// </summary>
    /// <param name="options">The intent, page size and starting cursor, or <see langword="null"/>.</param>
    /// <param name="requestOptions">Per-call key and timeout for every page, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The refunds, lazily. Exceptions are those of <see cref="ListAsync"/>, thrown while enumerating.</returns>
    public IAsyncEnumerable<Refund> ListAutoPagingAsync(RefundListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        requester.ListAutoPagingAsync<Refund>(Path, options ?? new RefundListOptions(), refund => refund.Id, requestOptions, cancellationToken);
}
