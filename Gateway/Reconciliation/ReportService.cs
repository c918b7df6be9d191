using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// The day reports of stored runs: the current run of a day (for a closed day, the run its closure names), or a named
/// run (a superseded one, for audit).
/// </summary>
public sealed class ReportService(PayGovDbContext db)
{
    public async Task<Result<ReconciliationRun>> RunOfAsync(DateOnly day, string? runId, CancellationToken cancellationToken)
    {
        if (runId is not null && !Ids.HasPrefix(runId, Ids.ReconciliationRun))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, "'run_id' is a reconciliation run id (rr_…).", "run_id");
        }

        // Nothing runs a closed day again, so its current run is the closed one; naming it makes that a fact of the read.
        var wanted = runId ?? await db.ReconciliationDayClosures.Where(c => c.BusinessDay == day).Select(c => c.RunId).FirstOrDefaultAsync(cancellationToken);
        var run = await db.ReconciliationRuns.AsNoTracking()
            .Where(r => r.BusinessDay == day && r.Status == RunStatus.Succeeded && (wanted == null ? r.SupersededById == null : r.Id == wanted))
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return run is null
            ? new ApiError(ErrorCodes.ResourceMissing, $"No succeeded reconciliation run of {day:yyyy-MM-dd}{(runId is null ? "" : " with id " + runId)}.", runId is null ? "business_day" : "run_id")
            : run;
    }

    public async Task<ReportTable> TableAsync(ReconciliationRun run, ReportGrouping grouping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(grouping);
        var stored = await db.ReconciliationReportRows.AsNoTracking()
            .Where(r => r.RunId == run.Id && r.Dimension == grouping.Dimension)
            .ToListAsync(cancellationToken);
        var rows = stored
            .Select(r => new ReportLine(grouping.KeysOf(r), r.PaymentsCount, r.PaymentsAmount, r.RefundsCount, r.RefundsAmount, r.Net))
            .GroupBy(l => string.Join('|', l.Keys), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ReportLine.Sum(g.First().Keys, g, grouping.HasCounts))
            .ToList();
        var totals = ReportLine.Sum(grouping.KeyColumns.Select((_, i) => i == 0 ? "TOTAL" : "").ToList(), rows, grouping.HasCounts);
        return new ReportTable(run.BusinessDay, run.Id, grouping, rows, totals, GatewayTotals(run, grouping));
    }

    /// <summary>The day's own gateway figures from the stored report: what every grouping must add up to.</summary>
    private static ReportLine GatewayTotals(ReconciliationRun run, ReportGrouping grouping)
    {
        var figures = DayFigures.Of(run);
        return new ReportLine(
            grouping.KeyColumns.Select((_, i) => i == 0 ? "GATEWAY" : "").ToList(),
            grouping.HasCounts ? figures.PaymentsCount : null,
            figures.PaymentsAmount,
            grouping.HasCounts ? figures.RefundsCount : null,
            figures.RefundsAmount,
            figures.Net);
    }
}
