using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>The body of <c>POST /v1/reconciliation/runs</c>.</summary>
public sealed record StartRunRequest : IValidatedRequest
{
    public string? BusinessDay { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly Day => DateOnly.ParseExact(BusinessDay!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public ApiError? Validate() =>
        BusinessDay is null
            ? new ApiError(ErrorCodes.ParameterMissing, "'business_day' is required.", "business_day")
            : BusinessDayParameter.Parse(BusinessDay, "business_day").Error;
}
