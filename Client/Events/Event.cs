using System.Diagnostics.CodeAnalysis;

namespace PayGov.Client.Events;

/// <summary>A state change, carrying the whole object as it was right after it. Read from the API or from a webhook.</summary>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Event is the API's name for the object, as in Stripe.net; VB callers can bracket it.")]
public sealed class Event : PayGovEntity
{
    /// <summary>Gets the event's id, <c>evt_…</c>; a webhook may deliver the same id more than once.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the wire name of this object's kind, always <c>event</c>.</summary>
    public string Object { get; init; } = "event";

    /// <summary>Gets what happened, for example <c>payment_intent.succeeded</c> (see <see cref="EventTypes"/>).</summary>
    public required string Type { get; init; }

    /// <summary>Gets a value indicating whether the event is about a live object.</summary>
    public bool Livemode { get; init; }

    /// <summary>Gets when the change happened (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets the object after the change and its sequence number.</summary>
    public required EventData Data { get; init; }
}
