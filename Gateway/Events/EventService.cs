using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Events;

/// <summary>Reads a portal's events, newest first.</summary>
public sealed class EventService(PayGovDbContext db)
{
    public async Task<Page<OutboxEvent>> ListAsync(AuthenticatedPortal portal, EventListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var events = db.Events.OwnedBy(portal);
        if (query.Type is { } type)
        {
            events = events.Where(e => e.Type == type);
        }

        if (query.ObjectId is { } objectId)
        {
            events = events.Where(e => e.ObjectId == objectId);
        }

        return await events.ToPageAsync(query.Page, "/v1/events", cancellationToken);
    }

    public async Task<Result<OutboxEvent>> GetAsync(AuthenticatedPortal portal, string id, CancellationToken cancellationToken) =>
        await db.Events.FindOwnedAsync(portal, id, Ids.Event, cancellationToken) is { } row ? row : new ApiError(ErrorCodes.ResourceMissing, $"No event '{id}'.", "id");
}
