using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Reconciliation;

/// <summary>
/// The nightly run over the gateway's own records: a payment made through the sandbox is in the ledger the gateway
/// writes, the night after it the nightly job reconciles its day once however many nodes contend, and the day's
/// reports foot and cross-foot in JSON, CSV and XLSX alike.
/// </summary>
public abstract class NightlyReconciliationTests(GatewayFixture gateway)
{
    [Fact]
    public async Task The_night_after_a_payment_its_day_is_reconciled_from_the_gateway_records_and_the_reports_foot()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var portal = gateway.CreateClient(key);
        var intent = (await portal.CreateIntentOkAsync()).Str("id");
        using (var paid = await portal.SimulateAsync(intent, "zalopay", "succeeded"))
        {
            Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        }

        await Eventually.TrueAsync(async () => (await portal.GetJsonAsync($"/v1/payment_intents/{intent}")).Str("status") == "succeeded", "the payment succeeds");
        var day = LocalDay();

        gateway.Time.Advance(TimeSpan.FromDays(1));

        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        var run = await NightlyRuns.OfAsync(gateway, accountant, day);
        Assert.Equal("system", run.Str("triggered_by"));
        Assert.Contains(run.GetProperty("inputs").EnumerateArray(), i => i.Str("source") == "gateway");
        var byPortal = await accountant.Client.GetJsonAsync($"/v1/reconciliation/reports/{Iso(day)}?group_by=portal");
        var mine = byPortal.GetProperty("rows").EnumerateArray().Single(r => r.Str("portal") == portalId);
        Assert.Equal(1, mine.GetProperty("payments_count").GetInt64());
        Assert.Equal(150_000, mine.GetProperty("payments_amount").GetInt64());
        foreach (var grouping in ReportDownloads.Groupings)
        {
            await AssertReportFootsAsync(accountant, day, grouping);
        }

        // ZaloPay's report for the day then lists the payment with a fee 1 đồng over the tariff (100 bp of 150,000).
        var attempt = await gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.IntentId == intent));
        var report = ZaloPayReport.For(day).Payment(attempt.ProviderTransactionId!, attempt.MerchantReference, 150_000, 1_501);
        using var upload = await accountant.UploadAsync(report.FileName, report.ToBytes());
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var rerun = (await upload.JsonAsync()).GetProperty("run");
        Assert.Equal("upload", rerun.Str("trigger"));
        Assert.Equal(rerun.Str("id"), (await accountant.Client.GetJsonAsync($"/v1/reconciliation/runs/{run.Str("id")}")).Str("superseded_by_id"));
        var exception = (await accountant.ExceptionsAsync($"business_day={Iso(day)}&portal={portalId}")).Single();
        Assert.Equal("fee_mismatch", exception.Str("type"));
        Assert.Equal("zalopay", exception.Str("provider"));
        Assert.Equal(attempt.Id, exception.Str("ref"));
        Assert.Equal(1_500, exception.GetProperty("expected_amount").GetInt64());
        Assert.Equal(1_501, exception.GetProperty("observed_amount").GetInt64());
    }

    [Fact]
    public async Task The_nightly_run_happens_once_when_several_nodes_contend_for_it()
    {
        var day = LocalDay();
        var scheduledBefore = Logged(7109);
        var contenders = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<NightlyReconciliationJob>(gateway.Services)).ToList();
        foreach (var contender in contenders)
        {
            await contender.StartAsync(CancellationToken.None);
        }

        var lostBefore = Logged(7104);
        try
        {
            // Each job schedules its night on a thread of its own: let both be waiting before the clock moves.
            await Eventually.TrueAsync(() => Task.FromResult(Logged(7109) >= scheduledBefore + 2), "both extra nodes wait for the night");
            gateway.Time.Advance(TimeSpan.FromDays(1));

            // The two extra nodes were waiting before the clock moved; the host's own job may be too.
            await Eventually.TrueAsync(() => Task.FromResult(Logged(7104) > lostBefore), "a node that lost the claim has said so");
            using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
            await NightlyRuns.OfAsync(gateway, accountant, day);
            var runs = await accountant.Client.GetJsonAsync($"/v1/reconciliation/runs?business_day={Iso(day)}");
            Assert.Single(runs.GetProperty("data").EnumerateArray());
        }
        finally
        {
            foreach (var contender in contenders)
            {
                await contender.StopAsync(CancellationToken.None);
                contender.Dispose();
            }
        }
    }

    /// <summary>How many records of a ReconciliationLog event: 7104 a node found the night taken, 7109 a node waits for a night.</summary>
    private int Logged(int eventId) => gateway.Logs.GetSnapshot().Count(r => r.Id.Id == eventId);

    /// <summary>Totals = the day's gateway figures (foot), net = payments − refunds in every line (cross-foot), and the same figures in CSV and XLSX.</summary>
    private static async Task AssertReportFootsAsync(TreasurySession accountant, DateOnly day, string grouping)
    {
        var json = await accountant.Client.GetJsonAsync($"/v1/reconciliation/reports/{Iso(day)}?group_by={grouping}");
        var totals = json.GetProperty("totals");
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        foreach (var column in new[] { "payments_amount", "refunds_amount", "net" })
        {
            Assert.Equal(json.GetProperty("gateway").GetProperty(column).GetInt64(), totals.GetProperty(column).GetInt64());
            Assert.Equal(totals.GetProperty(column).GetInt64(), rows.Sum(r => r.GetProperty(column).GetInt64()));
        }

        Assert.All(rows.Append(totals), r => Assert.Equal(r.GetProperty("payments_amount").GetInt64() - r.GetProperty("refunds_amount").GetInt64(), r.GetProperty("net").GetInt64()));
        Assert.True(totals.GetProperty("payments_amount").GetInt64() >= 150_000, $"{grouping}: the day's payments are in the report");

        var csv = await ReportDownloads.CsvAsync(accountant.Client, day, grouping);
        Assert.Equal(rows.Count + 1, csv.Lines.Count);
        var sheet = await ReportDownloads.XlsxAsync(accountant.Client, day, grouping);
        Assert.Equal(rows.Count + 1, sheet.Count);
        foreach (var column in json.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).Where(c => totals.TryGetProperty(c, out _)))
        {
            var expected = totals.GetProperty(column).GetInt64();
            Assert.Equal(expected, ReportDownloads.CsvTotal(csv, column));
            Assert.Equal(expected, ReportDownloads.XlsxTotal(sheet, column));
        }
    }

    private DateOnly LocalDay() => DateOnly.FromDateTime(gateway.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(ReconciliationSqliteCollection.Name)]
public sealed class NightlyReconciliationTestsOnSqlite(SqliteGatewayFixture gateway) : NightlyReconciliationTests(gateway);

[Collection(ReconciliationPostgresCollection.Name)]
public sealed class NightlyReconciliationTestsOnPostgres(PostgresGatewayFixture gateway) : NightlyReconciliationTests(gateway);
