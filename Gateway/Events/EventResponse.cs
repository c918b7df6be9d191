using System.Text.Json;

namespace PayGov.Gateway.Events;

/// <summary>The wire shape of an event: its type and the full object after the change.</summary>
public sealed record EventResponse(
    string Id,
    string Type,
    bool Livemode,
    DateTimeOffset CreatedAt,
    EventResponse.EventData Data)
{
    public string Object => "event";

    public static EventResponse From(OutboxEvent row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var document = JsonDocument.Parse(row.Data);
        return new EventResponse(row.Id, row.Type, row.Livemode, row.CreatedAt, new EventData(document.RootElement.Clone(), row.ObjectSequence));
    }

    /// <summary>The object the event is about, and its sequence number.</summary>
    public sealed record EventData(JsonElement Object, int Sequence);
}
