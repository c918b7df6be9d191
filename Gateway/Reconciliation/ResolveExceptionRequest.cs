using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// The body of <c>POST /v1/reconciliation/exceptions/{id}/resolve</c> (README §10): a note, always, and a resolution
/// code (<c>other</c> when not given).
/// </summary>
public sealed record ResolveExceptionRequest : IValidatedRequest
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        "timing_difference", "provider_corrected", "refund_issued", "remainder_collected", "bank_inquiry_opened", "accepted_as_is", "other",
    };

    public string? Note { get; init; }

    public string? ResolutionCode { get; init; }

    public ApiError? Validate() =>
        TextRules.Required(Note, "note", 2000)
        ?? (ResolutionCode is not null && !Codes.Contains(ResolutionCode)
            ? new ApiError(ErrorCodes.ParameterInvalid, "'resolution_code' is one of: " + string.Join(", ", Codes.Order(StringComparer.Ordinal)) + ".", "resolution_code")
            : null);
}
