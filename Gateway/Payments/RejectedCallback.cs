namespace PayGov.Gateway.Payments;

/// <summary>
/// The audit row of a provider callback that changed nothing (bad signature, wrong amount, unknown order):
/// the reason and the reference only, never the body, a signature or personal data.
/// </summary>
public sealed class RejectedCallback
{
    public long Id { get; init; }

    /// <summary>The provider's wire name.</summary>
    public required string Provider { get; init; }

    /// <summary>A snake_case reason, e.g. <c>signature_invalid</c>, <c>amount_mismatch</c>.</summary>
    public required string Reason { get; init; }

    /// <summary>The merchant reference the callback named, when it could be read.</summary>
    public string? MerchantReference { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
