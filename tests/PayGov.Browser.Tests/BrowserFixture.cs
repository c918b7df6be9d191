using Microsoft.Playwright;

namespace PayGov.Browser.Tests;

/// <summary>
/// Debian's chromium (<c>/usr/bin/chromium</c>, installed by <c>test.sh</c>) driven by Playwright; Playwright's own
/// browser download is never used. One browser for the collection; each test opens its own contexts.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (test.sh does).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(ScreenshotDirectory);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],

            // Chromium takes its own language (which draws the date field as dd/mm/yyyy) from the environment.
            Env = new Dictionary<string, string> { ["LANGUAGE"] = "vi", ["LANG"] = "vi_VN.UTF-8" },
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>
    /// A fresh browser profile at <paramref name="viewport"/>. <paramref name="bypassCsp"/> only for the accessibility
    /// audit, whose injected script the pages' own policy rightly refuses.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(Viewport viewport, bool bypassCsp = false)
    {
        ArgumentNullException.ThrowIfNull(viewport);
        return Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsPhone,
            HasTouch = viewport.IsPhone,
            Locale = "vi-VN",
            AcceptDownloads = true,
            BypassCSP = bypassCsp,
        });
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }
}
