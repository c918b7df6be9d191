namespace PayGov.Gateway.Webhooks;

/// <summary>
/// One event to one endpoint, delivered at least once. A node takes a delivery by a lease
/// (<see cref="LeaseOwner"/>, <see cref="LeaseUntil"/>), so a node that dies mid-delivery loses nothing:
/// the lease runs out and another node sends it.
/// </summary>
public sealed class WebhookDelivery
{
    public required string Id { get; init; }

    public required string EventId { get; init; }

    public required string EndpointId { get; init; }

    public required string PortalId { get; init; }

    public WebhookDeliveryStatus Status { get; set; } = WebhookDeliveryStatus.Pending;

    public int AttemptCount { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    public List<WebhookAttempt> Attempts { get; init; } = [];
}
