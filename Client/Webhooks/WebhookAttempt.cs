namespace PayGov.Client.Webhooks;

/// <summary>One HTTP attempt of a webhook delivery.</summary>
public sealed class WebhookAttempt
{
    /// <summary>Gets the attempt's number within its delivery, from 1.</summary>
    public int AttemptNo { get; init; }

    /// <summary>Gets when the attempt was made (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Gets the HTTP status the endpoint answered, or <see langword="null"/> when no answer came (see <see cref="Error"/>).</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets why the attempt failed without an answer (connection refused, time-out), or <see langword="null"/>.</summary>
    public string? Error { get; init; }

    /// <summary>Gets how long the attempt took, in milliseconds.</summary>
    public long DurationMs { get; init; }
}
