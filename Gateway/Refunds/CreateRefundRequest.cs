using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Refunds;

/// <summary>The body of <c>POST /v1/refunds</c>. Fields are nullable so a missing one gets its own error.</summary>
public sealed record CreateRefundRequest : IValidatedRequest
{
    public const int MaxReasonLength = 200;

    public string? PaymentIntent { get; init; }

    /// <summary>Đồng to refund; <see langword="null"/> refunds everything not refunded yet.</summary>
    public long? Amount { get; init; }

    public string? Reason { get; init; }

    public Dictionary<string, string>? Metadata { get; init; }

    public ApiError? Validate()
    {
        if (Amount <= 0)
        {
            return new ApiError(ErrorCodes.AmountInvalid, "'amount' must be a positive whole number of đồng; leave it out to refund everything not refunded yet.", "amount");
        }

        return TextRules.Required(PaymentIntent, "payment_intent", 40)
            ?? TextRules.Optional(Reason, "reason", MaxReasonLength)
            ?? MetadataRules.Validate(Metadata);
    }
}
