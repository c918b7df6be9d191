using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Webhooks;

/// <summary>
/// A portal's URL that receives signed events. During a secret rotation both the new and the previous
/// secret sign each delivery, so the portal can switch its verifier at its own pace.
/// </summary>
public sealed class WebhookEndpoint : IPortalOwned
{
    public const string AllEvents = "*";

    public required string Id { get; init; }

    public required string PortalId { get; init; }

    public bool Livemode { get; init; }

    public required string Url { get; init; }

    public List<string> EnabledEvents { get; init; } = [];

    public string? Description { get; init; }

    public required string Secret { get; set; }

    public string? PreviousSecret { get; set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }

    public WebhookEndpointStatus Status { get; set; } = WebhookEndpointStatus.Enabled;

    /// <summary>When deliveries to this endpoint started failing without a success since; null while healthy.</summary>
    public DateTimeOffset? FailingSince { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DisabledAt { get; set; }

    public int Version { get; set; } = 1;

    public bool Receives(string eventType) =>
        Status == WebhookEndpointStatus.Enabled && (EnabledEvents.Contains(AllEvents) || EnabledEvents.Contains(eventType));

    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecret is not null && PreviousSecretExpiresAt > now ? [Secret, PreviousSecret] : [Secret];
}
