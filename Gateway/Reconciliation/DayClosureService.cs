using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Coordination;
using PayGov.Gateway.Storage;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Closing a business day (DESIGN §7, issue "Treasury pages" §4): a supervisor closes a day that has a completed run
/// and no exception open or awaiting approval, and from then on its figures no longer change. The close holds the
/// reconciliation lock, so no run of any day is under way meanwhile, and marks every exception of the day in its
/// trail (a version step), so an accountant's action racing it loses its compare-and-set instead of reopening a
/// closed day.
/// </summary>
public sealed class DayClosureService(
    PayGovDbContext db,
    ReconciliationSetup setup,
    ReconciliationFileService files,
    ILeaderLock locks,
    IOptions<ReconciliationOptions> options,
    TimeProvider time,
    ILogger<DayClosureService> logger)
{
    /// <summary>Rounds of assess-and-close when an exception of the day changed under the close.</summary>
    private const int Attempts = 3;

    public async Task<DayStatus> StatusAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var statuses = await db.ReconciliationExceptions.AsNoTracking().Where(e => e.BusinessDay == day).Select(e => e.Status).ToListAsync(cancellationToken);
        return await AssessAsync(day, statuses, cancellationToken);
    }

    /// <summary>The closure of <paramref name="day"/>, or null while it is open.</summary>
    public Task<DayClosure?> ClosureOfAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.ReconciliationDayClosures.AsNoTracking().FirstOrDefaultAsync(c => c.BusinessDay == day, cancellationToken);

    /// <summary>
    /// The closure that freezes <paramref name="day"/>, or null while runs and files of the day are taken: the day's own,
    /// or the nearest later one whose run replayed it (within <c>reference_lookback_days</c>). A closed run's carried
    /// state comes from those days, and a later day's run replays them again, so they must not change either.
    /// </summary>
    public Task<DayClosure?> FreezingClosureAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var reach = day.AddDays(setup.Config.ReferenceLookbackDays);
        return db.ReconciliationDayClosures.AsNoTracking()
            .Where(c => c.BusinessDay >= day && c.BusinessDay <= reach)
            .OrderBy(c => c.BusinessDay)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<Result<DayStatus>> CloseAsync(DateOnly day, TreasuryPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsSupervisor)
        {
            return new ApiError(ErrorCodes.Forbidden, "A business day is closed by a supervisor.");
        }

        await using var lease = await locks.TryAcquireAsync(ReconciliationRunService.LockName, options.Value.RunLockTtl, cancellationToken);
        if (lease is null)
        {
            return new ApiError(ErrorCodes.ReconciliationBusy, "A reconciliation run or another close is in progress; try again when it has finished.");
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var exceptions = await db.ReconciliationExceptions.Where(e => e.BusinessDay == day).ToListAsync(cancellationToken);
            var status = await AssessAsync(day, exceptions.Select(e => e.Status).ToList(), cancellationToken);
            if (status.Obstacle is { } obstacle)
            {
                return obstacle;
            }

            var closure = Close(status, exceptions, user);
            try
            {
                // The closure and every exception's mark commit together, or nothing does.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (StorageErrors.IsUniqueViolation(ex))
            {
                db.ChangeTracker.Clear();
                return (await StatusAsync(day, cancellationToken)).Obstacle!;
            }
            catch (Exception ex) when (attempt < Attempts && StorageErrors.IsLostRace(ex))
            {
                continue;
            }
            catch (Exception ex) when (StorageErrors.IsLostRace(ex))
            {
                return new ApiError(ErrorCodes.ReconciliationBusy, "The day's exceptions kept changing while it was being closed; look at the day again.");
            }

            ReconciliationLog.DayClosed(logger, day, user.Username, closure.RunId);
            return status with { Closure = closure };
        }
    }

    private DayClosure Close(DayStatus status, List<ExceptionCase> exceptions, TreasuryPrincipal user)
    {
        var run = status.CurrentRun!;
        var now = time.GetUtcNow();
        var closure = new DayClosure
        {
            BusinessDay = status.BusinessDay,
            RunId = run.Id,
            ReportSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(run.ReportJson!))),
            Figures = DayFigures.Of(run),
            ResolvedExceptions = status.Count(ExceptionStatus.Resolved),
            SupersededExceptions = status.Count(ExceptionStatus.Superseded),
            ClosedBy = user.Username,
            ClosedByRole = user.Role.ToWire(),
            ClosedAt = now,
        };
        db.ReconciliationDayClosures.Add(closure);
        foreach (var exception in exceptions)
        {
            exception.Version++;
            db.ReconciliationExceptionActions.Add(new ExceptionAction
            {
                ExceptionId = exception.Id,
                Action = ExceptionActions.DayClosed,
                Actor = user.Username,
                ActorRole = closure.ClosedByRole,
                At = now,
                FromStatus = exception.Status,
                ToStatus = exception.Status,
                Note = $"business day {status.BusinessDay:yyyy-MM-dd} closed on the figures of run {run.Id}",
                RunId = run.Id,
            });
        }

        return closure;
    }

    private async Task<DayStatus> AssessAsync(DateOnly day, IReadOnlyList<ExceptionStatus> statuses, CancellationToken cancellationToken)
    {
        var closure = await ClosureOfAsync(day, cancellationToken);
        var current = await db.ReconciliationRuns.AsNoTracking().Include(r => r.Inputs)
            .Where(r => r.BusinessDay == day && r.Status == RunStatus.Succeeded && r.SupersededById == null)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);

        // A version that became current after the run (its refresh refused, its run rejected) would be closed unread.
        var read = current?.Inputs.Select(i => i.FileId).ToHashSet(StringComparer.Ordinal) ?? [];
        var unread = closure is null && current is not null
            ? (await files.CurrentFilesAsync(day, cancellationToken)).Where(f => !read.Contains(f.Id)).ToList()
            : [];
        var counts = statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        return new DayStatus(day, closure, current, unread, counts);
    }
}
