namespace PayGov.Gateway.Webhooks;

/// <summary>One HTTP attempt of a delivery, for the portal's delivery log.</summary>
public sealed class WebhookAttempt
{
    public int AttemptNo { get; init; }

    public DateTimeOffset At { get; init; }

    public int? StatusCode { get; init; }

    /// <summary>Why the attempt failed without an HTTP status (time-out, refused connection), in a few words.</summary>
    public string? Error { get; init; }

    public long DurationMs { get; init; }
}
