using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Events;

/// <summary>Reads a portal's events, newest first.</summary>
public sealed class EventService(PayGovDbContext db)
{
    public async Task<Page<OutboxEvent>> ListAsync(AuthenticatedPortal portal, EventListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(query);
        var events = OwnedBy(portal);
        if (query.Type is { } type)
        {
            events = events.Where(e => e.Type == type);
        }

        if (query.ObjectId is { } objectId)
        {
            events = events.Where(e => e.ObjectId == objectId);
        }

        if (query.Page.StartingAfter is { } cursor)
        {
            events = events.Where(e => e.Id.CompareTo(cursor) < 0);
        }

        var rows = await events.OrderByDescending(e => e.Id).Take(query.Page.Limit + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > query.Page.Limit;
        return new Page<OutboxEvent>(hasMore ? rows[..query.Page.Limit] : rows, hasMore, "/v1/events");
    }

    public async Task<Result<OutboxEvent>> GetAsync(AuthenticatedPortal portal, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var row = Ids.HasPrefix(id, Ids.Event) ? await OwnedBy(portal).FirstOrDefaultAsync(e => e.Id == id, cancellationToken) : null;
        return row is null ? new ApiError(ErrorCodes.ResourceMissing, $"No event '{id}'.", "id") : row;
    }

    private IQueryable<OutboxEvent> OwnedBy(AuthenticatedPortal portal) =>
        db.Events.AsNoTracking().Where(e => e.PortalId == portal.PortalId && e.Livemode == portal.Livemode);
}
