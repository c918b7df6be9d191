using System.Text.Json;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Events;

/// <summary>Adds event rows to the caller's unit of work; they commit with the change or not at all.</summary>
public sealed class EventOutbox(TimeProvider time)
{
    public OutboxEvent Append<T>(PayGovDbContext db, string portalId, bool livemode, string type, string objectId, int sequence, T data)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = new OutboxEvent
        {
            Id = Ids.New(Ids.Event, time),
            PortalId = portalId,
            Livemode = livemode,
            Type = type,
            ObjectId = objectId,
            ObjectSequence = sequence,
            Data = JsonSerializer.Serialize(data, PayGovJson.Options),
            CreatedAt = time.GetUtcNow(),
        };
        db.Events.Add(row);
        return row;
    }
}
