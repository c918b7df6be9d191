using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Webhooks;

/// <summary>
/// Leases due deliveries to one dispatcher pass. A lease that runs out (its node died) makes the delivery
/// due again for any node; PostgreSQL skips rows another node is leasing right now instead of waiting.
/// </summary>
public sealed class WebhookDeliveryClaims(PayGovDbContext db, StorageMode storage, TimeProvider time)
{
    public async Task<List<string>> ClaimDueAsync(string leaseOwner, int batchSize, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + lease;
        if (storage.Kind == StorageKind.Postgres)
        {
            return await db.Database.SqlQuery<string>($"""
                UPDATE webhook_deliveries SET lease_owner = {leaseOwner}, lease_until = {until}
                WHERE id IN (
                    SELECT id FROM webhook_deliveries
                    WHERE status = 'Pending' AND next_attempt_at <= {now} AND (lease_until IS NULL OR lease_until < {now})
                    ORDER BY next_attempt_at LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
        }

        var due = await db.WebhookDeliveries
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt)
            .Take(batchSize)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        await db.WebhookDeliveries
            .Where(d => due.Contains(d.Id) && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseOwner, leaseOwner).SetProperty(d => d.LeaseUntil, until), cancellationToken);
        return await db.WebhookDeliveries.Where(d => d.LeaseOwner == leaseOwner).Select(d => d.Id).ToListAsync(cancellationToken);
    }
}
