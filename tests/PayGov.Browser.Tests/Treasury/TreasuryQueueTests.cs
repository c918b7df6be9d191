using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PayGov.Gateway.Reconciliation;

namespace PayGov.Browser.Tests.Treasury;

/// <summary>
/// The accountant's morning on a day the sandboxes made (<see cref="SandboxDay"/>): the queue filtered and sorted, an
/// exception opened with its records side by side, a small one resolved, a big one waiting for a supervisor, who
/// approves it and closes the day; the reports page's totals equal the downloaded CSV's and XLSX's; and what an
/// accountant or a signed-out browser cannot do.
/// </summary>
[Collection(TreasuryCollection.Name)]
public sealed partial class TreasuryQueueTests(TreasuryFixture desk)
{
    [Fact]
    public async Task An_accountant_works_the_queue_a_supervisor_approves_and_closes_the_day_and_the_reports_match_their_downloads()
    {
        // Two days of the sandboxes: one whose missing VNPAY line is above the approval threshold, one below.
        var day = await SandboxDay.MakeAsync(desk.Gateway, 20_000_000);
        var smallDay = await SandboxDay.MakeAsync(desk.Gateway, 150_000);
        var big = day.MissingAttempt;
        var small = smallDay.MissingAttempt;

        // The morning starts on the dashboard: the day's four payments collected, VNPAY's left-out one not settled.
        var accountant = await desk.SignInAsync(desk.Accountant, "/treasury");
        await accountant.Locator("#day").FillAsync(day.Vietnamese);
        await accountant.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await accountant.WaitForURLAsync(url => url.Contains("day=", StringComparison.Ordinal));
        Assert.Equal($"Tổng quan ngày {day.Vietnamese}", await accountant.Locator("h1").InnerTextAsync());
        Assert.Equal("20.450.000\u00a0₫", await accountant.Locator("[data-figure=collected]").InnerTextAsync());
        Assert.Equal("450.000\u00a0₫", await accountant.Locator("[data-figure=settled]").InnerTextAsync());
        var vnpayRow = await accountant.Locator("#provider-table tr[data-provider=vnpay]").InnerTextAsync();
        Assert.StartsWith("VNPAY", vnpayRow, StringComparison.Ordinal);
        Assert.Contains("20.150.000\u00a0₫", vnpayRow, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(accountant, "treasury-dashboard-sandbox-day");
        await accountant.GetByRole(AriaRole.Link, new() { Name = "Ngoại lệ" }).ClickAsync();
        await accountant.WaitForURLAsync(url => url.EndsWith("/treasury/exceptions", StringComparison.Ordinal));

        // The queue, filtered to the first day's open VNPAY exceptions, then every day sorted by amount.
        await accountant.Locator("#status").SelectOptionAsync("open");
        await accountant.Locator("#provider").SelectOptionAsync("vnpay");
        await accountant.Locator("#day").FillAsync(day.Vietnamese);
        await accountant.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await accountant.WaitForURLAsync(url => url.Contains("provider=vnpay", StringComparison.Ordinal));
        var rows = accountant.Locator("table.data tbody tr");
        Assert.Contains(await rows.AllInnerTextsAsync(), row => row.Contains(big, StringComparison.Ordinal));
        Assert.DoesNotContain(await rows.AllInnerTextsAsync(), row => row.Contains(small, StringComparison.Ordinal));
        Assert.Contains("20.000.000\u00a0₫", await rows.Filter(new() { HasText = big }).InnerTextAsync(), StringComparison.Ordinal);
        await accountant.Locator("#day").FillAsync("");
        await accountant.Locator("#sort").SelectOptionAsync("amount_desc");
        await accountant.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await accountant.WaitForURLAsync(url => url.Contains("sort=amount_desc", StringComparison.Ordinal));
        Assert.Contains(big, await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(await rows.AllInnerTextsAsync(), row => row.Contains(small, StringComparison.Ordinal));
        await BrowserFixture.ScreenshotAsync(accountant, "treasury-exceptions");
        Assert.Empty(await desk.AuditAsync(desk.Accountant, new Uri(accountant.Url).PathAndQuery));

        // The small one: the gateway's record beside the (absent) VNPAY line; resolved with a note.
        await accountant.GetByRole(AriaRole.Link, new() { Name = small }).ClickAsync();
        await accountant.WaitForURLAsync(url => url.Contains("/exceptions/rx_", StringComparison.Ordinal));
        var gatewayRecord = accountant.Locator("section.record").Filter(new() { HasText = "Sổ cái cổng thanh toán" });
        Assert.Contains(small, await gatewayRecord.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("150.000\u00a0₫", await gatewayRecord.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Không có bản ghi.", await accountant.Locator("section.record").Filter(new() { HasText = "Dòng báo cáo của kênh thanh toán" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Không có trong báo cáo quyết toán của ngày (not_in_report)", await accountant.Locator("#exception-reason").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(accountant, "treasury-exception");
        Assert.Empty(await desk.AuditAsync(desk.Accountant, new Uri(accountant.Url).AbsolutePath));
        await accountant.Locator("#resolution_code").SelectOptionAsync("provider_corrected");
        await accountant.GetByLabel("Ghi chú (bắt buộc)").FillAsync("VNPAY gửi bổ sung dòng quyết toán");
        await accountant.GetByRole(AriaRole.Button, new() { Name = "Xử lý", Exact = true }).ClickAsync();
        await accountant.WaitForURLAsync(url => url.Contains("notice=resolved", StringComparison.Ordinal));
        Assert.Equal("Đã xử lý", await accountant.Locator("#exception-status").InnerTextAsync());
        Assert.Contains("VNPAY gửi bổ sung dòng quyết toán", await accountant.Locator("#trail").InnerTextAsync(), StringComparison.Ordinal);

        // The big one waits for a supervisor; the accountant sees no approval control.
        var bigPath = await ExceptionPathAsync(big);
        await accountant.GotoAsync(Url(bigPath));
        Assert.True(await accountant.Locator("#threshold-hint").IsVisibleAsync());
        await accountant.GetByLabel("Ghi chú (bắt buộc)").FillAsync("Đã gửi tra soát VNPAY");
        await accountant.Locator("#resolution_code").SelectOptionAsync("bank_inquiry_opened");
        await accountant.GetByRole(AriaRole.Button, new() { Name = "Xử lý", Exact = true }).ClickAsync();
        await accountant.WaitForURLAsync(url => url.Contains("notice=resolution_requested", StringComparison.Ordinal));
        Assert.Equal("Chờ phê duyệt", await accountant.Locator("#exception-status").InnerTextAsync());
        Assert.Equal(0, await accountant.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" }).CountAsync());
        Assert.Equal(0, await accountant.Locator("form[action$='/approve'], form[action$='/reject']").CountAsync());

        // The accountant has no close control either, and forged POSTs are refused.
        await accountant.GotoAsync(Url(ReportsPath(day, "provider")));
        Assert.Equal(0, await accountant.Locator("form[action$='/close']").CountAsync());
        Assert.Contains("Chỉ kiểm soát viên được khóa sổ.", await accountant.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        using (var forger = await desk.SignInOverHttpAsync(desk.Accountant))
        {
            var html = await PageForms.PageAsync(forger, bigPath);
            await AssertForbiddenAsync(forger, await PageForms.SubmitAsync(forger, html, bigPath + "/approve", ("note", "tự phê duyệt")));
            await AssertForbiddenAsync(forger, await PageForms.SubmitAsync(forger, html, $"/treasury/reports/{day.Iso}/close"));
        }

        Assert.Equal(ExceptionStatus.PendingApproval, await StatusOfAsync(big));
        Assert.Equal(0, await desk.Gateway.WithDbAsync(db => db.ReconciliationDayClosures.CountAsync(c => c.BusinessDay == day.Day)));
        await accountant.Context.CloseAsync();

        // The supervisor: the close form is there but disabled while anything is outstanding; approve; close.
        var supervisor = await desk.SignInAsync(desk.Supervisor, ReportsPath(day, "provider"));
        var close = supervisor.GetByRole(AriaRole.Button, new() { Name = "Khóa sổ ngày" });
        Assert.True(await close.IsDisabledAsync());
        Assert.Contains("Chưa khóa sổ được", await supervisor.Locator("#close-hint").InnerTextAsync(), StringComparison.Ordinal);
        await supervisor.GotoAsync(Url(bigPath));
        await BrowserFixture.ScreenshotAsync(supervisor, "treasury-exception-approval");
        await supervisor.GetByLabel("Ghi chú (không bắt buộc)").FillAsync("Đã xem tra soát");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" }).ClickAsync();
        await supervisor.WaitForURLAsync(url => url.Contains("notice=approved", StringComparison.Ordinal));
        Assert.Equal("Đã xử lý", await supervisor.Locator("#exception-status").InnerTextAsync());
        await SettleTheRestAsync(day);

        await supervisor.GotoAsync(Url(ReportsPath(day, "provider")));
        Assert.False(await close.IsDisabledAsync());
        Assert.Empty(await desk.AuditAsync(desk.Supervisor, ReportsPath(day, "provider")));
        await close.ClickAsync();
        await supervisor.WaitForURLAsync(url => url.Contains("notice=closed", StringComparison.Ordinal));
        Assert.Contains(desk.Supervisor.Username, await supervisor.Locator("#day-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await supervisor.Locator("form[action$='/close']").CountAsync());
        await BrowserFixture.ScreenshotAsync(supervisor, "treasury-reports");

        // Every grouping: the screen's totals = the CSV's TOTAL line = the XLSX's last row, downloaded by their links.
        foreach (var grouping in ReportDownloads.Groupings)
        {
            await supervisor.GotoAsync(Url(ReportsPath(day, grouping)));
            var screen = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var cell in await supervisor.Locator("#totals td[data-column]").AllAsync())
            {
                screen[(await cell.GetAttributeAsync("data-column"))!] = long.Parse((await cell.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
                Assert.Matches(MoneyOrCount(), await cell.InnerTextAsync());
            }

            var csv = ReportDownloads.ParseCsv(await DownloadAsync(supervisor, "#download-csv"));
            var sheet = await ReportDownloads.ParseXlsxAsync(await DownloadAsync(supervisor, "#download-xlsx"));
            Assert.NotEmpty(screen);
            foreach (var (column, total) in screen)
            {
                Assert.Equal(total, ReportDownloads.CsvTotal(csv, column));
                Assert.Equal(total, ReportDownloads.XlsxTotal(sheet, column));
            }

            if (grouping == "provider")
            {
                Assert.Equal(20_450_000, screen["payments_amount"]);
            }
        }

        await supervisor.Context.CloseAsync();
    }

    [Fact]
    public async Task A_signed_out_browser_reaches_neither_an_exception_nor_its_forms()
    {
        using var http = desk.NewHttpClient();
        var path = "/treasury/exceptions/rx_01KAAAAAAAAAAAAAAAAAAAAAAA";
        foreach (var (method, address) in new[] { ("GET", path), ("POST", path + "/resolve"), ("POST", path + "/approve"), ("POST", "/treasury/reports/2026-03-13/close"), ("GET", "/treasury/reports?day=2026-03-13") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), address)
            {
                Content = method == "POST" ? new FormUrlEncodedContent([new("note", "x")]) : null,
            };
            using var response = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/treasury/sign-in", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task A_bad_filter_or_an_unknown_exception_is_a_page_that_says_so_in_the_readers_language()
    {
        using var http = await desk.SignInOverHttpAsync(desk.Accountant);

        var badKind = await PageForms.PageAsync(http, "/treasury/exceptions?kind=everything", HttpStatusCode.BadRequest);
        var badSort = await PageForms.PageAsync(http, "/treasury/exceptions?sort=colour&page=0", HttpStatusCode.BadRequest);
        var unknown = await PageForms.PageAsync(http, "/treasury/exceptions/rx_01KAAAAAAAAAAAAAAAAAAAAAAA", HttpStatusCode.NotFound);
        var badDay = await PageForms.PageAsync(http, "/treasury/reports?day=2026-02-30", HttpStatusCode.BadRequest);
        var noRun = await PageForms.PageAsync(http, "/treasury/reports?day=2020-01-01&group_by=budget");
        var english = await PageForms.PageAsync(http, "/treasury/exceptions?status=open&sort=amount_asc&lang=en");

        Assert.Contains("Bộ lọc không hợp lệ", badKind, StringComparison.Ordinal);
        Assert.Contains("Bộ lọc không hợp lệ", badSort, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy trang", unknown, StringComparison.Ordinal);
        Assert.Contains("Ngày không hợp lệ", badDay, StringComparison.Ordinal);
        Assert.Contains("Ngày này chưa có lần đối soát nào hoàn tất.", noRun, StringComparison.Ordinal);
        Assert.Contains("Chỉ kiểm soát viên được khóa sổ.", noRun, StringComparison.Ordinal);
        Assert.Contains("<h1>Reconciliation exceptions</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<option value=\"amount_asc\" selected>Smallest amount first</option>", english, StringComparison.Ordinal);
    }

    /// <summary>Whatever else the sandbox day raised (payout timing, …), resolved by the accountant and approved by the supervisor, over the same forms.</summary>
    private async Task SettleTheRestAsync(SandboxDay day)
    {
        using var accountant = await desk.SignInOverHttpAsync(desk.Accountant);
        using var supervisor = await desk.SignInOverHttpAsync(desk.Supervisor);
        var outstanding = await desk.Gateway.WithDbAsync(db => db.ReconciliationExceptions.AsNoTracking()
            .Where(e => e.BusinessDay == day.Day && (e.Status == ExceptionStatus.Open || e.Status == ExceptionStatus.PendingApproval))
            .Select(e => e.Id)
            .ToListAsync());
        foreach (var id in outstanding)
        {
            var path = "/treasury/exceptions/" + id;
            if (await StatusOfIdAsync(id) == ExceptionStatus.Open)
            {
                using var resolved = await PageForms.SubmitAsync(accountant, await PageForms.PageAsync(accountant, path), path + "/resolve", ("note", "đối chiếu xong"), ("resolution_code", "timing_difference"));
                Assert.Equal(HttpStatusCode.SeeOther, resolved.StatusCode);
            }

            if (await StatusOfIdAsync(id) == ExceptionStatus.PendingApproval)
            {
                using var approved = await PageForms.SubmitAsync(supervisor, await PageForms.PageAsync(supervisor, path), path + "/approve");
                Assert.Equal(HttpStatusCode.SeeOther, approved.StatusCode);
            }

            Assert.Equal(ExceptionStatus.Resolved, await StatusOfIdAsync(id));
        }
    }

    /// <summary>A forged form of a supervisor's is sent to the "not allowed" page, which answers 403.</summary>
    private static async Task AssertForbiddenAsync(HttpClient http, HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/treasury/forbidden", response.Headers.Location!.AbsolutePath);
            var page = await PageForms.PageAsync(http, response.Headers.Location.PathAndQuery, HttpStatusCode.Forbidden);
            Assert.Contains("Không có quyền", page, StringComparison.Ordinal);
        }
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(link).ClickAsync());
        await using var content = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    private async Task<string> ExceptionPathAsync(string reference) =>
        "/treasury/exceptions/" + await desk.Gateway.WithDbAsync(db => db.ReconciliationExceptions.AsNoTracking().Where(e => e.Reference == reference).Select(e => e.Id).SingleAsync());

    private Task<ExceptionStatus> StatusOfAsync(string reference) =>
        desk.Gateway.WithDbAsync(db => db.ReconciliationExceptions.AsNoTracking().Where(e => e.Reference == reference).Select(e => e.Status).SingleAsync());

    private Task<ExceptionStatus> StatusOfIdAsync(string id) =>
        desk.Gateway.WithDbAsync(db => db.ReconciliationExceptions.AsNoTracking().Where(e => e.Id == id).Select(e => e.Status).SingleAsync());

    private static string ReportsPath(SandboxDay day, string grouping) => $"/treasury/reports?day={day.Iso}&group_by={grouping}";

    private string Url(string path) => new Uri(desk.Gateway.BaseAddress, path).ToString();

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})*(\u00a0₫)?$")]
    private static partial Regex MoneyOrCount();
}
