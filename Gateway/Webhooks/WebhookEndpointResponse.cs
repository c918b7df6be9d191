namespace PayGov.Gateway.Webhooks;

/// <summary>The wire shape of a webhook endpoint; <see cref="Secret"/> appears only when it is created or rotated.</summary>
public sealed record WebhookEndpointResponse
{
    public required string Id { get; init; }

    public string Object => "webhook_endpoint";

    public bool Livemode { get; init; }

    public required string Url { get; init; }

    public required IReadOnlyList<string> EnabledEvents { get; init; }

    public string? Description { get; init; }

    public required string Status { get; init; }

    public string? Secret { get; init; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; init; }

    public DateTimeOffset? FailingSince { get; init; }

    public DateTimeOffset? DisabledAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public static WebhookEndpointResponse From(WebhookEndpoint endpoint, string? revealSecret = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new WebhookEndpointResponse
        {
            Id = endpoint.Id,
            Livemode = endpoint.Livemode,
            Url = endpoint.Url,
            EnabledEvents = endpoint.EnabledEvents,
            Description = endpoint.Description,
            Status = endpoint.Status.ToString().ToLowerInvariant(),
            Secret = revealSecret,
            PreviousSecretExpiresAt = endpoint.PreviousSecret is null ? null : endpoint.PreviousSecretExpiresAt,
            FailingSince = endpoint.FailingSince,
            DisabledAt = endpoint.DisabledAt,
            CreatedAt = endpoint.CreatedAt,
        };
    }
}
