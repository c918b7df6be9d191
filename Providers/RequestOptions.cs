namespace PayGov.Providers;

/// <summary>
/// Per-call concerns of a provider client call, kept out of the operation's options (Stripe.net's
/// <c>RequestOptions</c>): the request id the provider de-duplicates on, and a time limit for this call only.
/// </summary>
public sealed class RequestOptions
{
    /// <summary>
    /// The provider's request id (MoMo <c>requestId</c>), in the <see cref="MerchantReference"/> format; when
    /// <see langword="null"/> the client picks one (for a MoMo create, the order id, so a repeat is de-duplicated).
    /// </summary>
    public string? RequestId { get; init; }

    /// <summary>
    /// A time limit for this call, on top of the client's resilience pipeline; <see langword="null"/> leaves only
    /// the pipeline's limits. Running out raises <see cref="ProviderUnavailableException"/>.
    /// </summary>
    public TimeSpan? Timeout { get; init; }
}
