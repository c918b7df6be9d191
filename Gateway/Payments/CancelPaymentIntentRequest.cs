using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Payments;

/// <summary>The optional body of <c>POST /v1/payment_intents/{id}/cancel</c>.</summary>
public sealed record CancelPaymentIntentRequest : IValidatedRequest
{
    public static bool BodyIsOptional => true;

    public string? CancellationReason { get; init; }

    public ApiError? Validate() => TextRules.Optional(CancellationReason, "cancellation_reason", 200);
}
