using System.Net.Http.Headers;
using Microsoft.Playwright;

namespace PayGov.Browser.Tests.Treasury;

/// <summary>The treasury pages' shell: signing in and out through the page, and who reaches nothing.</summary>
[Collection(TreasuryCollection.Name)]
public sealed class TreasurySignInTests(TreasuryFixture desk)
{
    private static readonly string[] TreasuryAddresses =
        ["/treasury", "/treasury?day=2026-03-13", "/treasury/exceptions", "/treasury/reports", "/treasury/forbidden", "/treasury/anything/else"];

    [Fact]
    public async Task An_accountant_signs_in_through_the_page_reads_the_frame_in_both_languages_and_signs_out()
    {
        var context = await desk.Browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(desk.Gateway.BaseAddress, "/treasury").ToString());
        Assert.Equal("/treasury/sign-in", new Uri(page.Url).AbsolutePath);
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        await BrowserFixture.ScreenshotAsync(page, "treasury-sign-in");
        await TreasuryFixture.FillSignInAsync(page, desk.Accountant.Username, desk.Accountant.Password);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/treasury");

        var header = page.Locator("header.bar");
        Assert.Contains(desk.Accountant.Username, await header.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Kế toán", await header.InnerTextAsync(), StringComparison.Ordinal);
        var nav = page.GetByRole(AriaRole.Navigation);
        Assert.Equal("/treasury", await nav.GetByRole(AriaRole.Link, new() { Name = "Tổng quan" }).GetAttributeAsync("href"));
        Assert.Equal("/treasury/exceptions", await nav.GetByRole(AriaRole.Link, new() { Name = "Ngoại lệ" }).GetAttributeAsync("href"));
        Assert.Equal("/treasury/reports", await nav.GetByRole(AriaRole.Link, new() { Name = "Báo cáo" }).GetAttributeAsync("href"));
        Assert.Equal("page", await nav.GetByRole(AriaRole.Link, new() { Name = "Tổng quan" }).GetAttributeAsync("aria-current"));
        Assert.Empty(await desk.AuditAsync(desk.Accountant, "/treasury"));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Accountant", await header.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("page", await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).GetAttributeAsync("aria-current"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/treasury/sign-in");
        Assert.Contains("You have signed out.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(new Uri(desk.Gateway.BaseAddress, "/treasury").ToString());
        Assert.Equal("/treasury/sign-in", new Uri(page.Url).AbsolutePath);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_beside_the_form_and_signs_nobody_in()
    {
        var context = await desk.Browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(desk.Gateway.BaseAddress, "/treasury/sign-in").ToString());

        var answer = await page.RunAndWaitForResponseAsync(
            () => TreasuryFixture.FillSignInAsync(page, desk.Accountant.Username, "not the password at all"),
            response => response.Request.Method == "POST");

        Assert.Equal(401, answer.Status);
        Assert.Equal("/treasury/sign-in", new Uri(page.Url).AbsolutePath);
        var alert = page.GetByRole(AriaRole.Alert);
        Assert.StartsWith("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa", (await alert.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal("sign-in-error", await page.GetByLabel("Mật khẩu").GetAttributeAsync("aria-describedby"));
        Assert.Equal(desk.Accountant.Username, await page.GetByLabel("Tên đăng nhập").InputValueAsync());
        Assert.Equal("", await page.GetByLabel("Mật khẩu").InputValueAsync());
        await BrowserFixture.ScreenshotAsync(page, "treasury-sign-in-error");
        await page.GotoAsync(new Uri(desk.Gateway.BaseAddress, "/treasury").ToString());
        Assert.Equal("/treasury/sign-in", new Uri(page.Url).AbsolutePath);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_signed_out_browser_is_sent_to_the_sign_in_page_with_no_content_from_any_treasury_address()
    {
        using var http = desk.NewHttpClient();
        foreach (var address in TreasuryAddresses)
        {
            using var response = await http.GetAsync(address);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/treasury/sign-in", response.Headers.Location!.AbsolutePath);
            Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(address), response.Headers.Location.Query, StringComparison.Ordinal);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }

        using var signOut = await http.PostAsync("/treasury/sign-out", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
    }

    [Fact]
    public async Task A_portal_api_key_opens_no_treasury_page()
    {
        var (_, key) = await desk.Gateway.CreatePortalAsync();
        using var http = desk.NewHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        foreach (var address in TreasuryAddresses)
        {
            using var response = await http.GetAsync(address);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/treasury/sign-in", response.Headers.Location!.AbsolutePath);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Sign_in_goes_back_to_the_treasury_page_asked_for_but_never_elsewhere_and_needs_the_forms_token()
    {
        using var http = desk.NewHttpClient();
        var form = await PageForms.PageAsync(http, "/treasury/sign-in?ReturnUrl=%2Ftreasury%3Fday%3D2026-03-13");
        Assert.Contains("value=\"/treasury?day=2026-03-13\"", form, StringComparison.Ordinal);

        using var noToken = await http.PostAsync("/treasury/sign-in", new FormUrlEncodedContent(
            [new("username", desk.Accountant.Username), new("password", desk.Accountant.Password)]));
        var refused = await noToken.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("Biểu mẫu không hợp lệ", refused, StringComparison.Ordinal);

        using var elsewhere = await PageForms.SubmitAsync(http, form, "/treasury/sign-in",
            ("username", desk.Accountant.Username), ("password", desk.Accountant.Password), ("return_url", "//evil.example/treasury"));
        Assert.Equal(HttpStatusCode.SeeOther, elsewhere.StatusCode);
        Assert.Equal("/treasury", elsewhere.Headers.Location!.OriginalString);

        using var again = await http.GetAsync("/treasury/sign-in?ReturnUrl=%2Ftreasury%3Fday%3D2026-03-13");
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Equal("/treasury?day=2026-03-13", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Treasury_pages_carry_a_script_free_policy_and_their_stylesheet_comes_from_the_gateway()
    {
        using var http = await desk.SignInOverHttpAsync(desk.Supervisor);

        using var response = await http.GetAsync("/treasury");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Kiểm soát viên", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        var stylesheet = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"stylesheet\" href=\"(/assets/treasury\\.[0-9a-f]{12}\\.css)\"");
        Assert.True(stylesheet.Success, html);
        using var css = await http.GetAsync(stylesheet.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        using var unknown = await http.GetAsync("/treasury/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Không tìm thấy trang", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
