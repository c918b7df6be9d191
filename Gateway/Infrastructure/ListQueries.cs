using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure.Auth;

namespace PayGov.Gateway.Infrastructure;

/// <summary>What every list and retrieve endpoint asks of storage: a portal's own rows, one by id, a page by cursor.</summary>
public static class ListQueries
{
    public static IQueryable<T> OwnedBy<T>(this IQueryable<T> rows, AuthenticatedPortal portal)
        where T : class, IPortalOwned
    {
        ArgumentNullException.ThrowIfNull(portal);
        return rows.Where(r => r.PortalId == portal.PortalId && r.Livemode == portal.Livemode);
    }

    /// <summary>The portal's row named <paramref name="id"/>, untracked; <see langword="null"/> for another's, a missing one or an id of another kind.</summary>
    public static async Task<T?> FindOwnedAsync<T>(
        this IQueryable<T> rows, AuthenticatedPortal portal, string id, string idPrefix, CancellationToken cancellationToken)
        where T : class, IPortalOwned =>
        Ids.HasPrefix(id, idPrefix) ? await rows.OwnedBy(portal).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) : null;

    /// <summary>Newest first, after the cursor; one row more than the page is read to learn whether more follow.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> rows, PageQuery page, string url, CancellationToken cancellationToken)
        where T : class, IHasId
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.StartingAfter is { } cursor)
        {
            rows = rows.Where(r => r.Id.CompareTo(cursor) < 0);
        }

        var read = await rows.AsNoTracking().OrderByDescending(r => r.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var hasMore = read.Count > page.Limit;
        return new Page<T>(hasMore ? read[..page.Limit] : read, hasMore, url);
    }
}
