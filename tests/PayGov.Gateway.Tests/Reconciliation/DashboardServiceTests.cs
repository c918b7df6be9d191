using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Reconciliation;

/// <summary>
/// The dashboard's figures from stored runs (see the subclasses for the databases). Each test works on a business day
/// of its own on which the fixture made no payment, so what the day shows is what its files say.
/// </summary>
public abstract class DashboardServiceTests(GatewayFixture gateway)
{
    private static int nextDay;

    private readonly DateOnly day = new DateOnly(2026, 2, 1).AddDays(Interlocked.Increment(ref nextDay) * 3);

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
