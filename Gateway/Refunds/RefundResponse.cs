namespace PayGov.Gateway.Refunds;

/// <summary>The wire shape of a refund, as portals and webhook events see it.</summary>
public sealed record RefundResponse
{
    public required string Id { get; init; }

    public string Object => "refund";

    public required string PaymentIntent { get; init; }

    /// <summary>The paid attempt refunded (for an automatic refund, the late or double payment, not the intent's payment).</summary>
    public required string PaymentAttempt { get; init; }

    public required string PortalId { get; init; }

    public bool Livemode { get; init; }

    public long Amount { get; init; }

    public string Currency => Payments.PaymentIntent.Currency;

    public string? Reason { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public RefundStatus Status { get; init; }

    public RefundOrigin Origin { get; init; }

    public required string Provider { get; init; }

    public string? ProviderRefundId { get; init; }

    public string? FailureCode { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Grows by one with every change, so a portal can drop an older copy it receives later.</summary>
    public int Sequence { get; init; }

    public static RefundResponse From(Refund refund)
    {
        ArgumentNullException.ThrowIfNull(refund);
        return new RefundResponse
        {
            Id = refund.Id,
            PaymentIntent = refund.IntentId,
            PaymentAttempt = refund.AttemptId,
            PortalId = refund.PortalId,
            Livemode = refund.Livemode,
            Amount = refund.Amount,
            Reason = refund.Reason,
            Metadata = refund.Metadata,
            Status = refund.Status,
            Origin = refund.Origin,
            Provider = refund.Provider,
            ProviderRefundId = refund.ProviderRefundId,
            FailureCode = refund.FailureCode,
            CreatedAt = refund.CreatedAt,
            CompletedAt = refund.CompletedAt,
            Sequence = refund.Version,
        };
    }
}
