using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Coordination;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Every node runs this; at <see cref="ReconciliationOptions.NightlyAt"/> (GMT+7) each tries to claim the night's
/// occurrence in the leader lock, and only the one that gets it fetches the sources' files and runs the previous
/// business day. The claim is never released (it expires after a day), so a node that wakes late does not run the
/// night again.
/// </summary>
public sealed class NightlyReconciliationJob(
    IServiceScopeFactory scopes,
    ILeaderLock locks,
    IEnumerable<IReconciliationFileSource> sources,
    IOptions<ReconciliationOptions> options,
    TimeProvider time,
    ILogger<NightlyReconciliationJob> logger) : BackgroundService
{
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromHours(20);
    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(30);

    /// <summary>The next nightly start after <paramref name="now"/>, and the business day it reconciles (the day before).</summary>
    public static (DateTimeOffset At, DateOnly BusinessDay) NextAfter(DateTimeOffset now, TimeOnly nightlyAt)
    {
        var local = now.ToOffset(PayGov.Reconciliation.BusinessCalendar.Offset);
        var at = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(nightlyAt), PayGov.Reconciliation.BusinessCalendar.Offset);
        if (at <= local)
        {
            at = at.AddDays(1);
        }

        return (at, DateOnly.FromDateTime(at.DateTime).AddDays(-1));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.NightlyEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var (at, day) = NextAfter(now, options.Value.NightlyAt);
            await Task.Delay(at - now, time, stoppingToken);
            try
            {
                await RunNightAsync(day, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The job must outlive one bad night; the next night and hand-started runs still work.
                ReconciliationLog.NightlyFailed(logger, day, ex);
            }
        }
    }

    public async Task RunNightAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (!await locks.TryClaimAsync($"reconciliation:nightly:{day:yyyy-MM-dd}", ClaimLifetime, cancellationToken))
        {
            ReconciliationLog.NightlyTakenElsewhere(logger, day);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (options.Value.FetchFromSources)
        {
            await FetchAsync(scope.ServiceProvider.GetRequiredService<ReconciliationFileService>(), day, cancellationToken);
        }

        var runs = scope.ServiceProvider.GetRequiredService<ReconciliationRunService>();
        var deadline = time.GetUtcNow() + options.Value.RunLockTtl;
        while (true)
        {
            var outcome = await runs.RunAsync(day, RunTrigger.Nightly, ReconciliationRunService.SystemActor, cancellationToken);
            if (outcome.IsSuccess || outcome.Error.Code != ErrorCodes.ReconciliationBusy || time.GetUtcNow() >= deadline)
            {
                return;
            }

            // A hand-started run holds the lock: the night waits for it rather than being lost.
            await Task.Delay(BusyRetry, time, cancellationToken);
        }
    }

    private async Task FetchAsync(ReconciliationFileService files, DateOnly day, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            try
            {
                await foreach (var fetched in source.FetchAsync(day, cancellationToken))
                {
                    using var content = new MemoryStream(fetched.Content, writable: false);
                    var received = await files.ReceiveAsync(content, fetched.FileName, fetched.Kind, fetched.BusinessDay, FileOrigin.Source, source.Name, cancellationToken);
                    if (received.Refusal is { } refusal)
                    {
                        ReconciliationLog.FileRefused(logger, refusal.File, refusal.Line, refusal.Field);
                    }
                }
            }
            catch (HttpRequestException ex)
            {
                ReconciliationLog.SourceUnavailable(logger, source.Name, day, ex);
            }
        }
    }
}
