using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// The dashboard's figures, read from the current (succeeded, not superseded) reconciliation run of each day — its
/// stored report (README §9) and its portal rows — never recomputed from payments, so the dashboard says what the
/// reports say. Per channel of day D:
/// <list type="bullet">
/// <item>collected: the amount of the succeeded payments of D (<c>by_provider.payments_amount</c>);</item>
/// <item>settled: the gross of report D's success payment lines; for bank transfers, statement D's credits classified
/// as bank-transfer payments (<c>reconciliation.*.settlement_total</c>);</item>
/// <item>deposited: for bank transfers, those same credits (the transfer lands in the collection account); for a
/// wallet or card provider, the payouts its report D lists as executed on D (their credit is checked by the run:
/// a difference or a missing credit is a <c>payout_mismatch</c> in the queue);</item>
/// <item>outstanding: collected on D and not yet in a collection account — the records of D no settlement confirmed
/// (<c>awaiting_settlement</c>, <c>missing_at_provider</c>), and for a wallet or card provider the whole of D's
/// collection until a later reconciled report lists the payout of D's batch (normally D+1's).</item>
/// </list>
/// </summary>
public sealed class DashboardService(PayGovDbContext db, TimeProvider time, ReconciliationSetup setup)
{
    public const int TrendDays = 30;

    /// <summary>How far after a day its batch's payout is looked for.</summary>
    private const int PayoutLookaheadDays = 10;

    private static readonly string[] Channels = ["vnpay", "momo", "zalopay", "bank_transfer"];
    private static readonly string[] Unconfirmed = ["awaiting_settlement", "missing_at_provider"];

    /// <summary>The day an accountant opens the pages for: the business day before today's (GMT+7 and the configured cut-off), whatever the server's zone.</summary>
    public DateOnly DefaultDay() => setup.Config.Calendar.BusinessDayOf(time.GetUtcNow()).AddDays(-1);

    public async Task<Dashboard> ForDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var first = day.AddDays(1 - TrendDays);
        var last = day.AddDays(PayoutLookaheadDays);
        var runs = await db.ReconciliationRuns.AsNoTracking()
            .Where(r => r.BusinessDay >= first && r.BusinessDay <= last && r.Status == RunStatus.Succeeded && r.SupersededById == null)
            .Select(r => new { r.Id, r.BusinessDay, r.FinishedAt, r.ReportJson })
            .ToListAsync(cancellationToken);
        var reports = runs.ToDictionary(r => r.BusinessDay, r => (r.Id, r.FinishedAt, Report: JsonDocument.Parse(r.ReportJson!)));
        try
        {
            var paidOutBatches = reports.Values.SelectMany(r => PayoutBatches(r.Report.RootElement)).ToHashSet(StringComparer.Ordinal);
            var trend = Enumerable.Range(0, TrendDays).Select(i => first.AddDays(i)).Select(d =>
            {
                if (!reports.TryGetValue(d, out var run))
                {
                    return new DashboardTrendPoint(d, null, null);
                }

                var total = ByProvider(d, run.Report.RootElement, paidOutBatches).Aggregate(DashboardFigures.Zero, (sum, p) => sum.Add(p.Figures));
                return new DashboardTrendPoint(d, total.Collected, total.Deposited);
            }).ToList();

            if (!reports.TryGetValue(day, out var current))
            {
                return new Dashboard(new DashboardDay(day, null, null, null, [], []), trend);
            }

            var byProvider = ByProvider(day, current.Report.RootElement, paidOutBatches);
            var byPortal = await db.ReconciliationReportRows.AsNoTracking()
                .Where(r => r.RunId == current.Id && r.Dimension == ReportDimension.Portal)
                .OrderBy(r => r.Key)
                .Select(r => new PortalFigures(r.Key, r.PaymentsCount ?? 0, r.PaymentsAmount, r.RefundsAmount))
                .ToListAsync(cancellationToken);
            var dayFigures = new DashboardDay(
                day, current.Id, current.FinishedAt, byProvider.Aggregate(DashboardFigures.Zero, (sum, p) => sum.Add(p.Figures)), byProvider, byPortal);
            return new Dashboard(dayFigures, trend);
        }
        finally
        {
            foreach (var run in reports.Values)
            {
                run.Report.Dispose();
            }
        }
    }

    private static List<ProviderFigures> ByProvider(DateOnly day, JsonElement report, HashSet<string> paidOutBatches)
    {
        var byProvider = report.GetProperty("by_provider");
        var reconciliation = report.GetProperty("reconciliation");
        var settlement = report.GetProperty("settlement");
        var dayText = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Channels.Select(channel =>
        {
            var collected = byProvider.GetProperty(channel).GetProperty("payments_amount").GetInt64();
            var count = byProvider.GetProperty(channel).GetProperty("payments_count").GetInt64();
            if (channel == "bank_transfer")
            {
                var tables = reconciliation.EnumerateObject()
                    .Where(t => t.Name.StartsWith("bank:", StringComparison.Ordinal))
                    .Select(t => t.Value.GetProperty("bank_transfers"))
                    .ToList();
                var credited = tables.Sum(t => t.GetProperty("settlement_total").GetInt64());
                return new ProviderFigures(channel, count, new DashboardFigures(collected, credited, credited, tables.Sum(UnconfirmedGateway)));
            }

            // No report of the provider for the day: nothing settled, nothing confirmed.
            JsonElement? payments = reconciliation.TryGetProperty(channel, out var table) ? table.GetProperty("payments") : null;
            var settled = payments?.GetProperty("settlement_total").GetInt64() ?? 0;
            var deposited = 0L;
            var batchPaidOut = false;
            if (settlement.TryGetProperty(channel, out var providerReport))
            {
                deposited = providerReport.GetProperty("payouts").EnumerateArray()
                    .Where(p => p.GetProperty("executed_on").GetString() == dayText)
                    .Sum(p => p.GetProperty("amount").GetInt64());
                batchPaidOut = providerReport.TryGetProperty("batch_id", out var batch) && batch.GetString() is { } id && paidOutBatches.Contains(id);
            }

            var outstanding = batchPaidOut && payments is { } confirmed ? UnconfirmedGateway(confirmed) : collected;
            return new ProviderFigures(channel, count, new DashboardFigures(collected, settled, deposited, outstanding));
        }).ToList();
    }

    /// <summary>The gateway amount of a reconciliation table's records that no settlement confirmed.</summary>
    private static long UnconfirmedGateway(JsonElement table)
    {
        var categories = table.GetProperty("categories");
        return Unconfirmed.Sum(c => categories.TryGetProperty(c, out var category) ? category.GetProperty("gateway").GetInt64() : 0);
    }

    private static List<string> PayoutBatches(JsonElement report) =>
        report.GetProperty("settlement").EnumerateObject()
            .SelectMany(p => p.Value.GetProperty("payouts").EnumerateArray())
            .Select(p => p.GetProperty("batch_id").GetString()!)
            .ToList();
}
