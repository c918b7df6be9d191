namespace PayGov.Client.PaymentIntents;

/// <summary>A dossier's fee that a citizen pays on PayGov's checkout page.</summary>
public sealed class PaymentIntent : PayGovEntity
{
    /// <summary>Gets the intent's id, <c>pi_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the wire name of this object's kind, always <c>payment_intent</c>.</summary>
    public string Object { get; init; } = "payment_intent";

    /// <summary>Gets the id of the portal that created the intent.</summary>
    public required string PortalId { get; init; }

    /// <summary>Gets a value indicating whether the intent was created with a live key (<see langword="false"/> for <c>sk_test_</c> keys).</summary>
    public bool Livemode { get; init; }

    /// <summary>Gets the portal's reference, usually the dossier number.</summary>
    public required string Reference { get; init; }

    /// <summary>Gets the description shown to the citizen, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the amount to pay in đồng (whole VND).</summary>
    public long Amount { get; init; }

    /// <summary>Gets the currency, always <c>VND</c>.</summary>
    public required string Currency { get; init; }

    /// <summary>Gets the fees, which add up to <see cref="Amount"/>.</summary>
    public IReadOnlyList<FeeItem> FeeItems { get; init; } = [];

    /// <summary>Gets the payer's details, or <see langword="null"/> when the portal gave none.</summary>
    public Payer? Payer { get; init; }

    /// <summary>Gets where the checkout page sends the citizen back, or <see langword="null"/>.</summary>
    public Uri? ReturnUrl { get; init; }

    /// <summary>Gets the portal's own key-value pairs (at most 20); empty, never <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets where the intent stands.</summary>
    public PaymentIntentStatus Status { get; init; }

    /// <summary>Gets how much of the amount has been refunded, in đồng.</summary>
    public long AmountRefunded { get; init; }

    /// <summary>Gets the provider that took (or is taking) the payment, for example <c>vnpay</c>, or <see langword="null"/>.</summary>
    public string? Provider { get; init; }

    /// <summary>Gets the payment method used, or <see langword="null"/>.</summary>
    public string? Method { get; init; }

    /// <summary>Gets the secret that, with the id, opens the checkout page; give it only to the citizen's browser.</summary>
    public required string ClientSecret { get; init; }

    /// <summary>Gets the checkout page to send the citizen to.</summary>
    public required Uri CheckoutUrl { get; init; }

    /// <summary>Gets when the intent was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when an unpaid intent expires (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Gets when the intent was paid (UTC), or <see langword="null"/>.</summary>
    public DateTimeOffset? SucceededAt { get; init; }

    /// <summary>Gets when the intent was canceled (UTC), or <see langword="null"/>.</summary>
    public DateTimeOffset? CanceledAt { get; init; }

    /// <summary>Gets the reason the portal gave when canceling, or <see langword="null"/>.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>
    /// Gets the intent's version: it grows by one with every change, so a copy with a lower sequence than one
    /// already seen (for example from a late webhook) is older and can be dropped.
    /// </summary>
    public int Sequence { get; init; }
}
