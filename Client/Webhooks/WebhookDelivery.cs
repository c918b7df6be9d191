namespace PayGov.Client.Webhooks;

/// <summary>One event's delivery to one webhook endpoint, with every attempt.</summary>
public sealed class WebhookDelivery : PayGovEntity
{
    /// <summary>Gets the delivery's id, to pass to <see cref="Events.EventService.ReplayDeliveryAsync"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the wire name of this object's kind, always <c>webhook_delivery</c>.</summary>
    public string Object { get; init; } = "webhook_delivery";

    /// <summary>Gets the id of the event delivered, <c>evt_…</c>.</summary>
    public required string EventId { get; init; }

    /// <summary>Gets the id of the endpoint delivered to, <c>we_…</c>.</summary>
    public required string WebhookEndpoint { get; init; }

    /// <summary>Gets where the delivery stands.</summary>
    public WebhookDeliveryStatus Status { get; init; }

    /// <summary>Gets how many attempts were made.</summary>
    public int AttemptCount { get; init; }

    /// <summary>Gets when PayGov tries next (UTC), or <see langword="null"/> unless <see cref="Status"/> is <see cref="WebhookDeliveryStatus.Pending"/>.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Gets the HTTP status of the last attempt, or <see langword="null"/> when it had no answer or none was made.</summary>
    public int? LastStatusCode { get; init; }

    /// <summary>Gets why the last attempt failed without an answer, or <see langword="null"/>.</summary>
    public string? LastError { get; init; }

    /// <summary>Gets when the delivery was queued (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when it succeeded or was abandoned (UTC), or <see langword="null"/> while pending.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Gets every attempt, oldest first; empty, never <see langword="null"/>, before the first.</summary>
    public IReadOnlyList<WebhookAttempt> Attempts { get; init; } = [];
}
