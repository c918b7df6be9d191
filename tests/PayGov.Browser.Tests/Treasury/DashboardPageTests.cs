using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Treasury;
using PayGov.Gateway.Web;

namespace PayGov.Browser.Tests.Treasury;

/// <summary>The dashboard of a day produced by the sandbox: a ZaloPay payment, ZaloPay's report of it, the day's run.</summary>
[Collection(TreasuryCollection.Name)]
public sealed class DashboardPageTests(TreasuryFixture desk)
{
    [Fact]
    public async Task The_dashboard_shows_the_services_figures_in_vietnamese_and_english_and_says_when_a_day_is_not_reconciled()
    {
        var gateway = desk.Gateway;
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var portal = gateway.CreateClient(key);
        var intent = await portal.PaidIntentAsync("zalopay");
        var day = DateOnly.FromDateTime(gateway.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        gateway.Time.Advance(TimeSpan.FromDays(1));
        var attempt = await gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.IntentId == intent));
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        var report = ZaloPayReport.For(day).Payment(attempt.ProviderTransactionId!, attempt.MerchantReference, 150_000, 1_500);
        using (var upload = await accountant.UploadAsync(report.FileName, report.ToBytes()))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        await accountant.RunDayAsync(day);
        Dashboard expected;
        await using (var scope = gateway.Services.CreateAsyncScope())
        {
            expected = await scope.ServiceProvider.GetRequiredService<DashboardService>().ForDayAsync(day, CancellationToken.None);
        }

        Assert.True(expected.Day.IsReconciled);
        var total = expected.Day.Total!;
        var zaloPay = expected.Day.ByProvider.Single(p => p.Provider == "zalopay").Figures;
        Assert.Equal(150_000, zaloPay.Collected);
        Assert.Equal(150_000, zaloPay.Settled);
        Assert.Equal(150_000, expected.Day.ByPortal.Single(p => p.PortalId == portalId).Collected);

        var page = await desk.SignInAsync(desk.Accountant, $"/treasury?day={day:yyyy-MM-dd}");
        Assert.Equal(VietnameseFormat.Money(total.Collected), await Figure(page, "collected"));
        Assert.Equal(VietnameseFormat.Money(total.Settled), await Figure(page, "settled"));
        Assert.Equal(VietnameseFormat.Money(total.Deposited), await Figure(page, "deposited"));
        Assert.Equal(VietnameseFormat.Money(total.Outstanding), await Figure(page, "outstanding"));
        var zaloPayRow = await page.Locator("#provider-table tr[data-provider=zalopay]").InnerTextAsync();
        Assert.Contains("150.000\u00a0₫", zaloPayRow, StringComparison.Ordinal);
        Assert.Contains("150.000\u00a0₫", await page.Locator($"#portal-table tr[data-portal='{portalId}']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(VietnameseFormat.Date(day), await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("svg.chart[role=img] title").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "treasury-dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(VietnameseFormat.Money(total.Collected), await Figure(page, "collected"));
        Assert.Contains("Dashboard for " + VietnameseFormat.Date(day), await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "treasury-dashboard-en");

        // A day long before the fixture's clock: other tests move the clock, and every night they pass is reconciled.
        await page.GotoAsync(new Uri(gateway.BaseAddress, "/treasury?day=2020-01-01").ToString());
        Assert.Equal(1, await page.Locator("#not-reconciled").CountAsync());
        Assert.Equal(0, await page.Locator("#day-figures").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "treasury-dashboard-not-reconciled");
        await page.Context.CloseAsync();

        Assert.Empty(await desk.AuditAsync(desk.Accountant, $"/treasury?day={day:yyyy-MM-dd}"));
    }

    private static async Task<string> Figure(IPage page, string name) =>
        (await page.Locator($"[data-figure={name}]").InnerTextAsync()).Trim();
}
