using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PayGov.Gateway.Treasury;

namespace PayGov.Browser.Tests.Treasury;

/// <summary>
/// The treasury desk: one gateway (SQLite, in-process sandboxes, real Kestrel), one browser, and an accountant and a
/// supervisor created through <see cref="TreasuryUserService"/> (what <c>treasury users create</c> runs). Tests sign in
/// through the sign-in page, in a browser (<see cref="SignInAsync"/>) or over plain HTTP (<see cref="SignInOverHttpAsync"/>).
/// </summary>
public sealed class TreasuryFixture : IAsyncLifetime
{
    public const string Password = "a long treasury test password";

    public SqliteGatewayFixture Gateway { get; } = new();

    public BrowserFixture Browser { get; } = new();

    public TreasuryAccount Accountant { get; private set; } = null!;

    public TreasuryAccount Supervisor { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Gateway.InitializeAsync();
        await Browser.InitializeAsync();
        Accountant = await CreateAccountAsync(TreasuryRole.Accountant);
        Supervisor = await CreateAccountAsync(TreasuryRole.Supervisor);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Gateway.DisposeAsync();
    }

    /// <summary>A treasury user of the test's own (for tests that lock or reset an account).</summary>
    public async Task<TreasuryAccount> CreateAccountAsync(TreasuryRole role)
    {
        var username = role.ToWire() + "." + Guid.NewGuid().ToString("N")[..10];
        await using var scope = Gateway.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<TreasuryUserService>().CreateAsync(username, role, Password, CancellationToken.None);
        Assert.True(created.IsSuccess, created.Error?.Detail);
        return new TreasuryAccount(username, Password, role);
    }

    /// <summary>A fresh browser profile signed in as <paramref name="account"/> through the sign-in page, on the dashboard.</summary>
    public async Task<IPage> SignInAsync(TreasuryAccount account, string path = "/treasury", Viewport? viewport = null, bool bypassCsp = false)
    {
        ArgumentNullException.ThrowIfNull(account);
        var context = await Browser.NewContextAsync(viewport ?? Viewport.Desktop, bypassCsp);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Gateway.BaseAddress, path).ToString());
        await FillSignInAsync(page, account.Username, account.Password);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/treasury", StringComparison.Ordinal) && !url.Contains("/sign-in", StringComparison.Ordinal));
        return page;
    }

    /// <summary>
    /// The serious and critical accessibility violations of a treasury page (axe-core), in a profile of its own that lets
    /// the audit's injected script past the page's policy (the signed-in test profiles keep the policy).
    /// </summary>
    public async Task<IReadOnlyList<string>> AuditAsync(TreasuryAccount account, string path)
    {
        var page = await SignInAsync(account, path, bypassCsp: true);
        try
        {
            return await AccessibilityAudit.SeriousViolationsAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Types into the sign-in form as a person would and presses the button.</summary>
    public static async Task FillSignInAsync(IPage page, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("Tên đăng nhập|Username")).FillAsync(username);
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("Mật khẩu|Password")).FillAsync(password);
        await page.Locator("form.form button[type=submit]").ClickAsync();
    }

    /// <summary>
    /// A browser-less client (cookies kept, no redirect followed) signed in as <paramref name="account"/> by posting the
    /// sign-in page's form; for role and refusal checks that need no rendering.
    /// </summary>
    public async Task<HttpClient> SignInOverHttpAsync(TreasuryAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var http = NewHttpClient();
        var form = await PageForms.PageAsync(http, "/treasury/sign-in");
        using var signedIn = await PageForms.SubmitAsync(http, form, "/treasury/sign-in", ("username", account.Username), ("password", account.Password));
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        return http;
    }

    /// <summary>A client with its own cookie jar that follows no redirect.</summary>
    public HttpClient NewHttpClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Gateway.BaseAddress };
}
