using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Events;

/// <summary>
/// One state change, written in the same transaction as the change itself (the outbox), so an event
/// exists if and only if its change committed. <see cref="Data"/> is the full object after the change.
/// </summary>
public sealed class OutboxEvent : IPortalOwned
{
    public required string Id { get; init; }

    public required string PortalId { get; init; }

    public bool Livemode { get; init; }

    public required string Type { get; init; }

    public required string ObjectId { get; init; }

    /// <summary>The object's version after the change: later changes of one object have larger numbers.</summary>
    public int ObjectSequence { get; init; }

    /// <summary>The object as JSON, in the API's wire shape.</summary>
    public required string Data { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the webhook fan-out turned this event into deliveries; null until then.</summary>
    public DateTimeOffset? FannedOutAt { get; set; }
}
