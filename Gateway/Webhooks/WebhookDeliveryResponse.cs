namespace PayGov.Gateway.Webhooks;

/// <summary>The wire shape of one event's delivery to one endpoint, with every attempt.</summary>
public sealed record WebhookDeliveryResponse(
    string Id,
    string EventId,
    string WebhookEndpoint,
    string Status,
    int AttemptCount,
    DateTimeOffset? NextAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<WebhookDeliveryResponse.AttemptResponse> Attempts)
{
    public string Object => "webhook_delivery";

    public static WebhookDeliveryResponse From(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new WebhookDeliveryResponse(
            delivery.Id,
            delivery.EventId,
            delivery.EndpointId,
            delivery.Status.ToString().ToLowerInvariant(),
            delivery.AttemptCount,
            delivery.Status == WebhookDeliveryStatus.Pending ? delivery.NextAttemptAt : null,
            delivery.LastStatusCode,
            delivery.LastError,
            delivery.CreatedAt,
            delivery.CompletedAt,
            delivery.Attempts.OrderBy(a => a.AttemptNo).Select(a => new AttemptResponse(a.AttemptNo, a.At, a.StatusCode, a.Error, a.DurationMs)).ToList());
    }

    /// <summary>One attempt on the wire.</summary>
    public sealed record AttemptResponse(int AttemptNo, DateTimeOffset At, int? StatusCode, string? Error, long DurationMs);
}
