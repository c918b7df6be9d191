namespace PayGov.Client.Webhooks;

/// <summary>A URL PayGov sends this portal's signed events to.</summary>
public sealed class WebhookEndpoint : PayGovEntity
{
    /// <summary>Gets the endpoint's id, <c>we_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the wire name of this object's kind, always <c>webhook_endpoint</c>.</summary>
    public string Object { get; init; } = "webhook_endpoint";

    /// <summary>Gets a value indicating whether the endpoint receives live events (registered with a live key).</summary>
    public bool Livemode { get; init; }

    /// <summary>Gets where events are POSTed.</summary>
    public required Uri Url { get; init; }

    /// <summary>Gets the event types sent (see <see cref="Events.EventTypes"/>), or <c>*</c> for all; never empty.</summary>
    public IReadOnlyList<string> EnabledEvents { get; init; } = [];

    /// <summary>Gets the portal's note about the endpoint, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets whether PayGov delivers to the endpoint.</summary>
    public WebhookEndpointStatus Status { get; init; }

    /// <summary>
    /// Gets the signing secret, <c>whsec_…</c>, only in the answer of <see cref="WebhookEndpointService.CreateAsync"/> and
    /// <see cref="WebhookEndpointService.RotateSecretAsync"/>; <see langword="null"/> everywhere else. Store it then: PayGov
    /// shows it only once.
    /// </summary>
    public string? Secret { get; init; }

    /// <summary>Gets when the previous secret stops signing after a rotation (UTC), or <see langword="null"/> when only one secret signs.</summary>
    public DateTimeOffset? PreviousSecretExpiresAt { get; init; }

    /// <summary>Gets since when every delivery to the endpoint has failed (UTC), or <see langword="null"/> while it answers 2xx.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>Gets when PayGov disabled the endpoint (UTC), or <see langword="null"/>.</summary>
    public DateTimeOffset? DisabledAt { get; init; }

    /// <summary>Gets when the endpoint was registered (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
