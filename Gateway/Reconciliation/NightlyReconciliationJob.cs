using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Every node runs this; at <see cref="ReconciliationOptions.NightlyAt"/> (GMT+7) each asks for the night's run of the
/// previous business day. The run takes the reconciliation leader lock and, under it, checks the database for that
/// night's run: the first node fetches the sources' files and runs it, a node that finds the lock held waits and
/// asks again, a node that finds the night done stops. The database decides "done", so a Redis restart cannot make
/// a night run twice.
/// </summary>
public sealed class NightlyReconciliationJob(
    IServiceScopeFactory scopes,
    IOptions<ReconciliationOptions> options,
    TimeProvider time,
    ILogger<NightlyReconciliationJob> logger) : BackgroundService
{
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

        DateOnly? lastNight = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var (at, day) = NextAfter(now, options.Value.NightlyAt);
            if (lastNight is { } last && last.AddDays(1) < day)
            {
                // A night went by while this node was busy with the one before (a long wait for the lock, a paused
                // process): it is run now, not skipped; a night some node already ran is found done and left alone.
                (at, day) = (now, last.AddDays(1));
            }

            ReconciliationLog.NightlyScheduled(logger, day, at);
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

            lastNight = day;
        }
    }

    public async Task RunNightAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<DayClosureService>().FreezingClosureAsync(day, cancellationToken) is { } closure)
        {
            // Closed by hand before its night (or a later day closed whose run carries from it): nothing to fetch or run.
            ReconciliationLog.ClosedDaySkipped(logger, day, ReconciliationWire.Of(RunTrigger.Nightly), closure.BusinessDay);
            return;
        }

        var runs = scope.ServiceProvider.GetRequiredService<ReconciliationRunService>();
        var deadline = time.GetUtcNow() + options.Value.RunLockTtl;
        while (true)
        {
            var outcome = await runs.RunNightAsync(day, cancellationToken);
            if (outcome is null)
            {
                ReconciliationLog.NightlyTakenElsewhere(logger, day);
                return;
            }

            if (outcome.Value.IsSuccess || outcome.Value.Error.Code != ErrorCodes.ReconciliationBusy || time.GetUtcNow() >= deadline)
            {
                return;
            }

            // Another node (or a hand-started run) holds the lock: wait for it, then see whether the night is done.
            ReconciliationLog.NightlyTakenElsewhere(logger, day);
            await Task.Delay(BusyRetry, time, cancellationToken);
        }
    }
}
