using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Webhooks;

/// <summary>The optional body of <c>POST /v1/webhook_endpoints/{id}/rotate_secret</c>.</summary>
public sealed record RotateWebhookSecretRequest : IValidatedRequest
{
    public const long DefaultOverlapSeconds = 24 * 3600;
    public const long MaxOverlapSeconds = 7 * 24 * 3600;

    public static bool BodyIsOptional => true;

    /// <summary>How long the old secret keeps signing next to the new one.</summary>
    public long? OverlapSeconds { get; init; }

    public ApiError? Validate() =>
        OverlapSeconds is < 0 or > MaxOverlapSeconds
            ? new ApiError(ErrorCodes.ParameterInvalid, $"'overlap_seconds' must be from 0 to {MaxOverlapSeconds}.", "overlap_seconds")
            : null;
}
