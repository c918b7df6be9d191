namespace PayGov.Client.PaymentIntents;

/// <summary>What <see cref="PaymentIntentService.CreateAsync"/> sends to create a payment intent.</summary>
public sealed class PaymentIntentCreateOptions
{
    /// <summary>Gets the amount to pay in đồng: a positive whole number equal to the sum of <see cref="FeeItems"/>.</summary>
    public required long Amount { get; init; }

    /// <summary>Gets the currency, or <see langword="null"/> for the only one accepted, <c>VND</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the portal's reference for the intent (1 to 64 characters), usually the dossier number.</summary>
    public required string Reference { get; init; }

    /// <summary>Gets the description shown to the citizen (at most 500 characters), or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the fees (1 to 50), which must add up to <see cref="Amount"/>.</summary>
    public required IReadOnlyList<PaymentIntentFeeItemOptions> FeeItems { get; init; }

    /// <summary>Gets the payer's details, or <see langword="null"/>; send the least that works.</summary>
    public Payer? Payer { get; init; }

    /// <summary>Gets where checkout sends the citizen back (its host must be on the portal's allow-list), or <see langword="null"/>.</summary>
    public Uri? ReturnUrl { get; init; }

    /// <summary>Gets up to 20 key-value pairs of the portal's own, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Gets when the intent expires if unpaid (5 minutes to 7 days ahead), or <see langword="null"/> for the deployment's default (24 hours).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
