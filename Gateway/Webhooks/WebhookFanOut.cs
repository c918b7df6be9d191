using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Webhooks;

/// <summary>
/// Turns committed events into one delivery per interested endpoint. Events are claimed in the same
/// transaction that writes their deliveries: on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, so several
/// nodes share the work without waiting on each other; a node that dies mid-way rolls back and loses nothing.
/// </summary>
public sealed class WebhookFanOut(PayGovDbContext db, StorageMode storage, TimeProvider time)
{
    public async Task<int> RunOnceAsync(int batchSize, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var now = time.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await ClaimAsync(now, batchSize, ct);
            if (claimed.Count > 0)
            {
                await AddDeliveriesAsync(claimed, now, ct);
            }

            await transaction.CommitAsync(ct);
            return claimed.Count;
        }, cancellationToken);
    }

    private async Task<List<string>> ClaimAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        if (storage.Kind == StorageKind.Postgres)
        {
            return await db.Database.SqlQuery<string>($"""
                UPDATE events SET fanned_out_at = {now}
                WHERE id IN (SELECT id FROM events WHERE fanned_out_at IS NULL ORDER BY id LIMIT {batchSize} FOR UPDATE SKIP LOCKED)
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
        }

        // SQLite has one writer at a time, and the embedded default one node: a plain claim is exclusive.
        var ids = await db.Events.Where(e => e.FannedOutAt == null).OrderBy(e => e.Id).Take(batchSize).Select(e => e.Id).ToListAsync(cancellationToken);
        await db.Events.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(u => u.SetProperty(e => e.FannedOutAt, now), cancellationToken);
        return ids;
    }

    private async Task AddDeliveriesAsync(List<string> claimed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking()
            .Where(e => claimed.Contains(e.Id))
            .Select(e => new { e.Id, e.PortalId, e.Livemode, e.Type })
            .ToListAsync(cancellationToken);
        var portals = events.Select(e => e.PortalId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsNoTracking()
            .Where(w => portals.Contains(w.PortalId) && w.Status == WebhookEndpointStatus.Enabled)
            .ToListAsync(cancellationToken);
        foreach (var e in events)
        {
            foreach (var endpoint in endpoints.Where(w => w.PortalId == e.PortalId && w.Livemode == e.Livemode && w.Receives(e.Type)))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    Id = Ids.New(Ids.WebhookDelivery, time),
                    EventId = e.Id,
                    EndpointId = endpoint.Id,
                    PortalId = e.PortalId,
                    NextAttemptAt = now,
                    CreatedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
