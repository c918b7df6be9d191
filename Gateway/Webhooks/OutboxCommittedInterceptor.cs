using Microsoft.EntityFrameworkCore.Diagnostics;
using PayGov.Gateway.Events;

namespace PayGov.Gateway.Webhooks;

/// <summary>Signals the webhook dispatcher after a save that wrote events has committed.</summary>
public sealed class OutboxCommittedInterceptor(WebhookSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && context.ChangeTracker.Entries<OutboxEvent>().Any())
        {
            signal.Wake();
        }

        return ValueTask.FromResult(result);
    }
}
