namespace PayGov.Client.Refunds;

/// <summary>What <see cref="RefundService.CreateAsync"/> sends to refund a succeeded payment intent.</summary>
public sealed class RefundCreateOptions
{
    /// <summary>Gets the id of the payment intent to refund, <c>pi_…</c>; it must be succeeded.</summary>
    public required string PaymentIntent { get; init; }

    /// <summary>Gets the amount to refund in đồng, or <see langword="null"/> for everything not refunded yet.</summary>
    public long? Amount { get; init; }

    /// <summary>Gets why the money is given back (at most 200 characters), or <see langword="null"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets up to 20 key-value pairs of the portal's own, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
