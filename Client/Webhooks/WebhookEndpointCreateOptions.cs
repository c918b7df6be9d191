namespace PayGov.Client.Webhooks;

/// <summary>What <see cref="WebhookEndpointService.CreateAsync"/> registers.</summary>
public sealed class WebhookEndpointCreateOptions
{
    /// <summary>
    /// Gets where to POST events: https, or with a test key also http to a loopback address. Not null; at most 2048 characters.
    /// </summary>
    public required Uri Url { get; init; }

    /// <summary>Gets the event types to send (see <see cref="Events.EventTypes"/>), or <c>["*"]</c> for all. Not null or empty.</summary>
    public required IReadOnlyList<string> EnabledEvents { get; init; }

    /// <summary>Gets a note for the portal's own operators (at most 200 characters), or <see langword="null"/>.</summary>
    public string? Description { get; init; }
}
