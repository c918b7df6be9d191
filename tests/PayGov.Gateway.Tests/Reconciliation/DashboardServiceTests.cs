using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Reconciliation;

/// <summary>
/// The dashboard's figures from stored runs (see the subclasses for the databases), checked against figures known
/// from what was paid and the tariffs, never against the service itself. A test on uploaded files works on a past
/// business day of its own on which the fixture made no payment; the sandbox test pays on the clock's days and lets
/// the nightly runs reconcile them.
/// </summary>
public abstract class DashboardServiceTests(GatewayFixture gateway)
{
    private static int nextDay;

    /// <summary>What the test pays on its first day, by provider: amounts whose tariff fees are whole đồng.</summary>
    private static readonly Dictionary<string, long> FirstDay = new(StringComparer.Ordinal) { ["vnpay"] = 200_000, ["momo"] = 120_000, ["zalopay"] = 95_000, ["bank_transfer"] = 130_000 };

    /// <summary>What it pays on its second day.</summary>
    private static readonly Dictionary<string, long> SecondDay = new(StringComparer.Ordinal) { ["vnpay"] = 310_000, ["momo"] = 45_000, ["zalopay"] = 57_000, ["bank_transfer"] = 80_000 };

    private readonly DateOnly day = new DateOnly(2025, 2, 1).AddDays(Interlocked.Increment(ref nextDay) * 3);

    [Fact]
    public async Task A_reconciled_day_shows_what_its_report_settled_and_a_day_not_reconciled_has_no_figures()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        var report = ZaloPayReport.For(day)
            .Payment(string.Create(CultureInfo.InvariantCulture, $"{day:yyMMdd}900000001"), $"{day:yyMMdd}_01K7E0B0000001ZZDASH01", 95_000, 950)
            .Payment(string.Create(CultureInfo.InvariantCulture, $"{day:yyMMdd}900000002"), $"{day:yyMMdd}_01K7E0B0000002ZZDASH01", 20_000, 200);
        using (var upload = await accountant.UploadAsync(report.FileName, report.ToBytes()))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var run = await accountant.RunDayAsync(day);

        var dashboard = await DashboardAsync(day);
        Assert.True(dashboard.Day.IsReconciled);
        Assert.Equal(run.Str("id"), dashboard.Day.RunId);
        var zaloPay = dashboard.Day.ByProvider.Single(p => p.Provider == "zalopay");
        Assert.Equal(new DashboardFigures(0, 115_000, 0, 0), zaloPay.Figures);
        Assert.Equal(new DashboardFigures(0, 115_000, 0, 0), dashboard.Day.Total);
        Assert.Equal(["vnpay", "momo", "zalopay", "bank_transfer"], dashboard.Day.ByProvider.Select(p => p.Provider));
        Assert.Empty(dashboard.Day.ByPortal);
        Assert.Equal(DashboardService.TrendDays, dashboard.Trend.Count);
        Assert.Equal(new DashboardTrendPoint(day, 0, 0), dashboard.Trend[^1]);
        Assert.Equal(new DashboardTrendPoint(day.AddDays(-1), null, null), dashboard.Trend[^2]);

        var before = await DashboardAsync(day.AddDays(-1));
        Assert.False(before.Day.IsReconciled);
        Assert.Null(before.Day.Total);
        Assert.Empty(before.Day.ByProvider);

        var json = await accountant.Client.GetJsonAsync($"/v1/reconciliation/dashboard?day={day:yyyy-MM-dd}");
        Assert.Equal(115_000, json.GetProperty("day").GetProperty("total").GetProperty("settled").GetInt64());
        Assert.Equal(run.Str("id"), json.GetProperty("day").Str("run_id"));
        using var bad = await accountant.Client.GetAsync("/v1/reconciliation/dashboard?day=14-03-2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var unknown = await accountant.Client.GetAsync("/v1/reconciliation/dashboard?colour=red");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task A_sandbox_day_and_the_next_show_what_was_paid_what_each_provider_settled_and_what_its_payout_deposited_the_next_morning()
    {
        // A night without payments first, so the payouts advised in the two days' reports are this test's batches only.
        (await NightlyRuns.AfterNightOfAsync(gateway, NightlyRuns.LocalDay(gateway))).Accountant.Dispose();
        var (_, key) = await gateway.CreatePortalAsync();
        using var portal = gateway.CreateClient(key);
        var first = NightlyRuns.LocalDay(gateway);
        await PayAsync(portal, FirstDay);
        (await NightlyRuns.AfterNightOfAsync(gateway, first)).Accountant.Dispose();
        var firstBeforePayout = await DashboardAsync(first);
        var second = NightlyRuns.LocalDay(gateway);
        await PayAsync(portal, SecondDay);
        (await NightlyRuns.AfterNightOfAsync(gateway, second)).Accountant.Dispose();
        var firstAfterPayout = await DashboardAsync(first);
        var secondDashboard = await DashboardAsync(second);

        foreach (var (provider, paid) in FirstDay)
        {
            var transfer = provider == "bank_transfer";
            // A wallet's day stays outstanding until a reconciled report advises its batch's payout (09:00 the next
            // morning, decision 69); a transfer lands in the collection account with the payment.
            Assert.Equal(new DashboardFigures(paid, paid, transfer ? paid : 0, transfer ? 0 : paid), FiguresOf(firstBeforePayout, provider));
            Assert.Equal(new DashboardFigures(paid, paid, transfer ? paid : 0, 0), FiguresOf(firstAfterPayout, provider));
            var next = SecondDay[provider];
            var paidOut = transfer ? next : paid - TariffFee(provider, paid);
            Assert.Equal(new DashboardFigures(next, next, paidOut, transfer ? 0 : next), FiguresOf(secondDashboard, provider));
        }

        Assert.Equal(new DashboardFigures(545_000, 545_000, 130_000, 0), firstAfterPayout.Day.Total);
        Assert.Equal(new DashboardFigures(492_000, 492_000, 80_000 + 197_800 + 118_200 + 94_050, 412_000), secondDashboard.Day.Total);
        Assert.Equal(new DashboardTrendPoint(second, 492_000, 490_050), secondDashboard.Trend[^1]);
        Assert.Equal(new DashboardTrendPoint(first, 545_000, 130_000), secondDashboard.Trend[^2]);
    }

    /// <summary>The built-in tariffs (VNPAY 1.1 %, MoMo 1.5 %, ZaloPay 1 %), on amounts where they divide exactly.</summary>
    private static long TariffFee(string provider, long amount) => provider switch
    {
        "vnpay" => amount * 110 / 10_000,
        "momo" => amount * 150 / 10_000,
        _ => amount * 100 / 10_000,
    };

    private static async Task PayAsync(HttpClient portal, Dictionary<string, long> amounts)
    {
        foreach (var (provider, amount) in amounts)
        {
            await portal.PaidIntentAsync(provider, PaymentIntents.Valid().WithAmount(amount));
        }
    }

    private static DashboardFigures FiguresOf(Dashboard dashboard, string provider) => dashboard.Day.ByProvider.Single(p => p.Provider == provider).Figures;

    private async Task<Dashboard> DashboardAsync(DateOnly d)
    {
        await using var scope = gateway.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardService>().ForDayAsync(d, CancellationToken.None);
    }
}

[Collection(ReconciliationSqliteCollection.Name)]
public sealed class DashboardServiceTestsOnSqlite(SqliteGatewayFixture gateway) : DashboardServiceTests(gateway);

[Collection(ReconciliationPostgresCollection.Name)]
public sealed class DashboardServiceTestsOnPostgres(PostgresGatewayFixture gateway) : DashboardServiceTests(gateway);
