namespace PayGov.Client.Refunds;

/// <summary>Money given back for a paid payment intent, in part or in full.</summary>
public sealed class Refund : PayGovEntity
{
    /// <summary>Gets the refund's id, <c>re_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the wire name of this object's kind, always <c>refund</c>.</summary>
    public string Object { get; init; } = "refund";

    /// <summary>Gets the id of the payment intent refunded, <c>pi_…</c>.</summary>
    public required string PaymentIntent { get; init; }

    /// <summary>
    /// Gets the id of the paid attempt refunded, <c>pa_…</c>: the intent's payment, or for an automatic refund a late or
    /// double payment that was never the intent's.
    /// </summary>
    public required string PaymentAttempt { get; init; }

    /// <summary>Gets the id of the portal the refund belongs to.</summary>
    public required string PortalId { get; init; }

    /// <summary>Gets a value indicating whether the refund was made in live mode.</summary>
    public bool Livemode { get; init; }

    /// <summary>Gets the amount refunded in đồng (whole VND).</summary>
    public long Amount { get; init; }

    /// <summary>Gets the currency, always <c>VND</c>.</summary>
    public required string Currency { get; init; }

    /// <summary>Gets the portal's reason, or for an automatic refund <c>late_payment</c> or <c>double_payment</c>; <see langword="null"/> when none was given.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the portal's own key-value pairs; empty, never <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets where the refund stands.</summary>
    public RefundStatus Status { get; init; }

    /// <summary>Gets who asked for it: <c>portal</c>, or <c>automatic</c> when PayGov refunded a late or double payment itself.</summary>
    public required string Origin { get; init; }

    /// <summary>Gets the provider that refunds it, for example <c>momo</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>Gets the provider's id of the refund, or <see langword="null"/> until the provider gives one.</summary>
    public string? ProviderRefundId { get; init; }

    /// <summary>Gets why it failed or needs the treasury (<c>provider_declined</c>, <c>provider_unavailable</c>, <c>manual_refund_required</c>), or <see langword="null"/>.</summary>
    public string? FailureCode { get; init; }

    /// <summary>Gets when the refund was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the refund reached its final status (UTC), or <see langword="null"/> while pending.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Gets the refund's version: it grows by one with every change, so an older copy (for example from a late webhook) can be dropped.</summary>
    public int Sequence { get; init; }
}
