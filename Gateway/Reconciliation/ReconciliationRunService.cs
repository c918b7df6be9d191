using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Coordination;
using PayGov.Gateway.Storage;
using PayGov.Reconciliation;
using PayGov.Reconciliation.Matching;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Reports;
using PayGov.Reconciliation.Running;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Runs one business day with the engine and stores the result (README §4). The engine keeps its state in memory, so
/// a run replays the current runs of the days before it (back <c>reference_lookback_days</c>) from their stored
/// inputs, then runs its own day: items awaiting settlement and every reference known flow from day to day exactly
/// as in consecutive nightly runs. One run at a time in the whole deployment (the reconciliation lock, which a close
/// and the registering of a received file also take); a closed day, and every day its run carries from, is never run
/// again and takes no new file (decision 74).
/// </summary>
public sealed class ReconciliationRunService(
    PayGovDbContext db,
    ReconciliationFileService files,
    ReconciliationFileStore store,
    GatewayLedgerWriter ledger,
    ExceptionReconciler exceptions,
    ReconciliationSetup setup,
    DayClosureService days,
    IEnumerable<IReconciliationFileSource> sources,
    ILeaderLock locks,
    IOptions<ReconciliationOptions> options,
    TimeProvider time,
    ILogger<ReconciliationRunService> logger)
{
    public const string LockName = "reconciliation:run";
    public const string SystemActor = "system";

    private static readonly JsonSerializerOptions StoredJson = new(ReconciliationFileRunner.JsonOptions) { WriteIndented = false };

    /// <summary>
    /// Runs <paramref name="day"/> unless a run over the same inputs exists (then answers it). A new result for a day
    /// re-evaluates, in order, every later day already run, because what awaits settlement flows forward.
    /// </summary>
    public async Task<Result<RunOutcome>> RunAsync(DateOnly day, RunTrigger trigger, string actor, CancellationToken cancellationToken) =>
        (await RunUnderLockAsync(day, trigger, actor, _ => Task.FromResult(false), cancellationToken))!.Value;

    /// <summary>
    /// The nightly run of <paramref name="day"/>, unless a node already did it: checked under the lock, so of several
    /// nodes waking at the same time exactly one fetches the sources' files (when configured) and runs the night. Null
    /// when the night was already run.
    /// </summary>
    public Task<Result<RunOutcome>?> RunNightAsync(DateOnly day, CancellationToken cancellationToken) =>
        RunUnderLockAsync(
            day,
            RunTrigger.Nightly,
            SystemActor,
            async ct =>
            {
                if (await db.ReconciliationRuns.AnyAsync(r => r.BusinessDay == day && r.Trigger == RunTrigger.Nightly, ct))
                {
                    return true;
                }

                if (options.Value.FetchFromSources)
                {
                    await FetchLockedAsync(day, ct);
                }

                return false;
            },
            cancellationToken);

    /// <summary>Takes in the sources' files of the day; the caller holds the lock, and the night's run follows.</summary>
    private async Task FetchLockedAsync(DateOnly day, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            try
            {
                await foreach (var fetched in source.FetchAsync(day, cancellationToken))
                {
                    using var content = new MemoryStream(fetched.Content, writable: false);
                    var check = await files.CheckAsync(content, fetched.FileName, fetched.Kind, fetched.BusinessDay, cancellationToken);
                    if (!check.Passed)
                    {
                        ReconciliationLog.SourceFileRefused(logger, source.Name, fetched.FileName, check.Failure.Refusal?.Problem ?? check.Failure.Error!.Detail);
                        continue;
                    }

                    await StoreLockedAsync(check.Pending, check.Inspected, fetched.FileName, FileOrigin.Source, source.Name, cancellationToken);
                }
            }
            catch (HttpRequestException ex)
            {
                ReconciliationLog.SourceUnavailable(logger, source.Name, day, ex);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="day"/> holding the lock, unless a closure freezes it; <paramref name="alreadyDone"/> is asked
    /// under the lock first (the nightly's "is the night done?", which also fetches the night's files when it is not).
    /// </summary>
    private async Task<Result<RunOutcome>?> RunUnderLockAsync(
        DateOnly day, RunTrigger trigger, string actor, Func<CancellationToken, Task<bool>> alreadyDone, CancellationToken cancellationToken)
    {
        if (day >= setup.Config.Calendar.BusinessDayOf(time.GetUtcNow()))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, "A business day is reconciled once it has ended.", "business_day");
        }

        await using var lease = await locks.TryAcquireAsync(LockName, options.Value.RunLockTtl, cancellationToken);
        if (lease is null)
        {
            return new ApiError(ErrorCodes.ReconciliationBusy, "Another reconciliation run is in progress; try again when it has finished.");
        }

        // Checked under the lock, which a close also holds: no run of a frozen day can start or finish.
        if (await days.FreezingClosureAsync(day, cancellationToken) is { } closure)
        {
            ReconciliationLog.ClosedDaySkipped(logger, day, ReconciliationWire.Of(trigger), closure.BusinessDay);
            return DayStatus.Frozen(day, closure);
        }

        if (await alreadyDone(cancellationToken))
        {
            return null;
        }

        return await RunAndCarryForwardLockedAsync(day, trigger, actor, cancellationToken);
    }

    /// <summary>
    /// Takes in a file from any path (upload, drop folder, sources). The whole file is checked first, outside the lock;
    /// then, holding the reconciliation lock a close also takes, it is refused when a closure freezes its day, stored,
    /// and its day run again at once when the day was run already. So no file becomes current for a closed day, and none
    /// is left unread behind a refresh that found the lock taken: when the lock is taken nothing is stored and the
    /// sender tries again (<c>reconciliation_busy</c>).
    /// </summary>
    public async Task<FileIngestOutcome> ReceiveAsync(
        Stream content, string fileName, InputFileKind? declaredKind, DateOnly? declaredDay, FileOrigin origin, RunTrigger trigger, string actor,
        CancellationToken cancellationToken)
    {
        var check = await files.CheckAsync(content, fileName, declaredKind, declaredDay, cancellationToken);
        if (!check.Passed)
        {
            return check.Failure;
        }

        var day = check.Inspected.BusinessDay;
        await using var lease = await locks.TryAcquireAsync(LockName, options.Value.RunLockTtl, cancellationToken);
        if (lease is null)
        {
            ReconciliationFileStore.Discard(check.Pending);
            ReconciliationLog.FileBusy(logger, fileName, day);
            return FileIngestOutcome.Failed(new ApiError(
                ErrorCodes.ReconciliationBusy, "A reconciliation run or a close is in progress; nothing was stored. Send the file again when it has finished."));
        }

        var received = await StoreLockedAsync(check.Pending, check.Inspected, fileName, origin, actor, cancellationToken);
        if (!received.IsNewVersion
            || !await db.ReconciliationRuns.AnyAsync(r => r.BusinessDay == day && r.Status == RunStatus.Succeeded && r.SupersededById == null, cancellationToken))
        {
            // A day not run yet waits for its nightly or a hand-started run.
            return received;
        }

        return received with { Rerun = await RunAndCarryForwardLockedAsync(day, trigger, actor, cancellationToken) };
    }

    /// <summary>Stores a checked file unless a closure freezes its day; the caller holds the lock.</summary>
    private async Task<FileIngestOutcome> StoreLockedAsync(
        PendingFile pending, InspectedFile inspected, string fileName, FileOrigin origin, string actor, CancellationToken cancellationToken)
    {
        var day = inspected.BusinessDay;
        if (await days.FreezingClosureAsync(day, cancellationToken) is { } closure)
        {
            // A frozen day is never run again, so a file for it would be a current version no run ever reads.
            ReconciliationFileStore.Discard(pending);
            ReconciliationLog.ClosedDayFileRefused(logger, fileName, day, closure.BusinessDay);
            return FileIngestOutcome.Failed(DayStatus.Frozen(day, closure));
        }

        return await files.RegisterAsync(pending, inspected, fileName, origin, actor, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="day"/> and, when that gave a new result, re-evaluates in order every later day already run,
    /// because what awaits settlement flows forward. The caller holds the lock and has checked the day is not frozen.
    /// </summary>
    private async Task<RunOutcome> RunAndCarryForwardLockedAsync(DateOnly day, RunTrigger trigger, string actor, CancellationToken cancellationToken)
    {
        var outcome = await RunLockedAsync(day, trigger, actor, causedBy: null, cancellationToken);
        if (!outcome.Reused && outcome.Run.Status == RunStatus.Succeeded)
        {
            foreach (var next in await LaterDaysToRerunAsync(day, cancellationToken))
            {
                await RunLockedAsync(next, trigger, actor, outcome.Run.Id, cancellationToken);
            }
        }

        return outcome;
    }

    /// <summary>
    /// The later days already run, in order, up to the first frozen one: the first day a later closure's run carries
    /// from. A closed day's result is final, so what it carries forward is too, and the days after it keep their runs.
    /// </summary>
    private async Task<List<DateOnly>> LaterDaysToRerunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var later = await db.ReconciliationRuns.AsNoTracking()
            .Where(r => r.BusinessDay > day && r.Status == RunStatus.Succeeded && r.SupersededById == null)
            .Select(r => r.BusinessDay)
            .Distinct()
            .ToListAsync(cancellationToken);
        var closed = await db.ReconciliationDayClosures.AsNoTracking()
            .Where(c => c.BusinessDay > day)
            .OrderBy(c => c.BusinessDay)
            .Select(c => (DateOnly?)c.BusinessDay)
            .FirstOrDefaultAsync(cancellationToken);

        // This day is not frozen (checked by the caller), so the first frozen day is the closed one's lookback horizon.
        var wall = closed?.AddDays(-setup.Config.ReferenceLookbackDays);
        if (wall is { } frozen && later.Count(d => d >= frozen) is var skipped and > 0)
        {
            ReconciliationLog.RerunStoppedAtClosedDay(logger, day, frozen, closed!.Value, skipped);
        }

        return later.Where(d => wall is null || d < wall).Order().ToList();
    }

    private async Task<RunOutcome> RunLockedAsync(DateOnly day, RunTrigger trigger, string actor, string? causedBy, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        db.ChangeTracker.Clear();
        var written = await store.WriteAsync((stream, ct) => ledger.WriteAsync(day, stream, ct), cancellationToken);
        await files.RegisterAsync(
            written, new InspectedFile(InputFileKind.GatewayLedger, "gateway", day), GatewayLedgerWriter.FileNameOf(day), FileOrigin.Ledger, SystemActor, cancellationToken);
        var inputs = await files.CurrentFilesAsync(day, cancellationToken);

        var horizon = day.AddDays(-setup.Config.ReferenceLookbackDays);
        var earlier = await db.ReconciliationRuns.AsNoTracking().Include(r => r.Inputs)
            .Where(r => r.BusinessDay < day && r.BusinessDay >= horizon && r.Status == RunStatus.Succeeded && r.SupersededById == null)
            .OrderBy(r => r.BusinessDay)
            .ToListAsync(cancellationToken);
        var previous = earlier.LastOrDefault();
        var fingerprint = Fingerprint(day, inputs, previous);

        var sameDay = await db.ReconciliationRuns.Where(r => r.BusinessDay == day).ToListAsync(cancellationToken);
        var current = sameDay.Where(r => r.IsCurrent).MaxBy(r => r.Id, StringComparer.Ordinal);
        var latest = sameDay.MaxBy(r => r.Id, StringComparer.Ordinal);
        var same = current?.Fingerprint == fingerprint ? current
            : latest is { Status: RunStatus.Rejected } && latest.Fingerprint == fingerprint ? latest
            : null;
        if (same is not null)
        {
            ReconciliationLog.RunReused(logger, day, same.Id);
            return new RunOutcome(same, Reused: true);
        }

        var engine = new ReconciliationEngine();
        var earlierFiles = await FilesOfAsync(earlier, cancellationToken);
        foreach (var run in earlier)
        {
            engine.RunDay(InputsOf(run.BusinessDay, run.Inputs.Select(i => earlierFiles[i.FileId])), cancellationToken);
        }

        var id = Ids.New(Ids.ReconciliationRun, time);
        DayRunResult result;
        try
        {
            result = engine.RunDay(InputsOf(day, inputs), cancellationToken);
        }
        catch (ReconciliationException ex)
        {
            // Nothing of a refused run counts: the current run of the day, if any, stays current.
            var rejected = Build(RunStatus.Rejected, ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message, null);
            db.ReconciliationRuns.Add(rejected);
            await db.SaveChangesAsync(cancellationToken);
            ReconciliationLog.RunRejected(logger, id, day, rejected.Error!);
            return new RunOutcome(rejected, Reused: false);
        }

        var stored = Build(RunStatus.Succeeded, null, result);
        db.ReconciliationRuns.Add(stored);
        if (current is not null)
        {
            current.SupersededById = stored.Id;
            current.SupersededAt = stored.FinishedAt;
        }

        db.ReconciliationReportRows.AddRange(ReportRows(stored.Id, result.Report));
        await exceptions.ApplyAsync(stored, result.Exceptions, engine.Exceptions, cancellationToken);
        // One SaveChanges: the run, the superseding, the report rows and every exception change commit together.
        await db.SaveChangesAsync(cancellationToken);
        ReconciliationLog.RunFinished(logger, stored.Id, day, ReconciliationWire.Of(stored.Status), stored.ExceptionCount, stored.AwaitingCount);
        return new RunOutcome(stored, Reused: false);

        ReconciliationRun Build(RunStatus status, string? error, DayRunResult? outcome) => new()
        {
            Id = id,
            BusinessDay = day,
            Status = status,
            Trigger = trigger,
            TriggeredBy = actor,
            Fingerprint = fingerprint,
            PreviousRunId = previous?.Id,
            CausedByRunId = causedBy,
            StartedAt = started,
            FinishedAt = time.GetUtcNow(),
            Inputs = inputs.Select(f => new ReconciliationRunInput { RunId = id, Source = f.Source, FileId = f.Id, Sha256 = f.Sha256 }).ToList(),
            Error = error,
            ExceptionCount = outcome?.Exceptions.Count ?? 0,
            AwaitingCount = outcome?.AwaitingSettlement.Count ?? 0,
            AwaitingJson = outcome is null ? null : JsonSerializer.Serialize(outcome.AwaitingSettlement, StoredJson),
            ReportJson = outcome is null ? null : JsonSerializer.Serialize(outcome.Report, StoredJson),
        };
    }

    /// <summary>
    /// What makes two runs the same run: the configuration, the day, every input version, and the run of the day it
    /// carries from (whose own fingerprint covers the days before it).
    /// </summary>
    private string Fingerprint(DateOnly day, IEnumerable<ReconciliationFile> inputs, ReconciliationRun? previous)
    {
        var text = new StringBuilder()
            .Append("paygov-reconciliation-run/1\n")
            .Append(setup.Sha256).Append('\n')
            .Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append(previous?.Fingerprint ?? "-").Append('\n');
        foreach (var input in inputs.OrderBy(f => f.Source, StringComparer.Ordinal))
        {
            text.Append(input.Source).Append('=').Append(input.Sha256).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private async Task<Dictionary<string, ReconciliationFile>> FilesOfAsync(List<ReconciliationRun> runs, CancellationToken cancellationToken)
    {
        var ids = runs.SelectMany(r => r.Inputs).Select(i => i.FileId).Distinct().ToList();
        return await db.ReconciliationFiles.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, StringComparer.Ordinal, cancellationToken);
    }

    private DayInputs InputsOf(DateOnly day, IEnumerable<ReconciliationFile> inputs)
    {
        InputFile? ledgerFile = null;
        var reports = new Dictionary<PaymentChannel, InputFile>();
        var statements = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var file in inputs)
        {
            var sha = file.Sha256;
            var input = new InputFile(file.FileName, () => store.Open(sha));
            switch (file.Kind)
            {
                case InputFileKind.GatewayLedger:
                    ledgerFile = input;
                    break;
                case InputFileKind.VnPay:
                    reports[PaymentChannel.VnPay] = input;
                    break;
                case InputFileKind.MoMo:
                    reports[PaymentChannel.MoMo] = input;
                    break;
                case InputFileKind.ZaloPay:
                    reports[PaymentChannel.ZaloPay] = input;
                    break;
                case InputFileKind.Mt940 or InputFileKind.Camt053:
                    statements[file.Source["bank:".Length..]] = input;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown input kind {file.Kind}.");
            }
        }

        return new DayInputs
        {
            BusinessDay = day,
            Config = setup.Config,
            Ledger = ledgerFile ?? throw new InvalidOperationException($"The run of {day:yyyy-MM-dd} has no gateway ledger."),
            ProviderReports = reports,
            Statements = statements,
        };
    }

    private static IEnumerable<ReportRow> ReportRows(string runId, DayReport report)
    {
        foreach (var (provider, totals) in report.ByProvider)
        {
            yield return Counted(ReportDimension.Provider, provider, totals);
        }

        foreach (var (portal, totals) in report.ByPortal)
        {
            yield return Counted(ReportDimension.Portal, portal, totals);
        }

        foreach (var (code, totals) in report.ByFeeCode)
        {
            yield return new ReportRow
            {
                RunId = runId, Dimension = ReportDimension.FeeCode, Key = code,
                PaymentsAmount = totals.PaymentsAmount, RefundsAmount = totals.RefundsAmount, Net = totals.Net,
            };
        }

        foreach (var budget in report.ByBudget)
        {
            yield return new ReportRow
            {
                RunId = runId,
                Dimension = ReportDimension.Budget,
                Key = string.Join('|', budget.TreasuryCode, budget.BudgetChapter, budget.BudgetSubItem, budget.RevenueAgency, budget.AreaCode),
                TreasuryCode = budget.TreasuryCode,
                BudgetChapter = budget.BudgetChapter,
                BudgetSubItem = budget.BudgetSubItem,
                RevenueAgency = budget.RevenueAgency,
                AreaCode = budget.AreaCode,
                PaymentsAmount = budget.PaymentsAmount,
                RefundsAmount = budget.RefundsAmount,
                Net = budget.Net,
            };
        }

        ReportRow Counted(ReportDimension dimension, string key, ChannelTotals totals) => new()
        {
            RunId = runId,
            Dimension = dimension,
            Key = key,
            PaymentsCount = totals.PaymentsCount,
            PaymentsAmount = totals.PaymentsAmount,
            RefundsCount = totals.RefundsCount,
            RefundsAmount = totals.RefundsAmount,
            Net = totals.Net,
        };
    }
}
