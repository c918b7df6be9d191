using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PayGov.Browser.Tests.Checkout;

/// <summary>
/// The citizen's whole journey in a real browser, over real HTTP to the gateway and its in-process sandboxes: open the
/// checkout link, choose a way, pay at the provider, come back, keep the receipt (page and PDF), verify it.
/// Screenshots land in <c>screenshots/</c> beside the test binary.
/// </summary>
[Collection(CheckoutCollection.Name)]
public sealed class CheckoutJourneyTests(SqliteGatewayFixture gateway, BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>The four ways to pay × both screens × both languages.</summary>
    public static TheoryData<string, string, string> Journeys()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var way in new[] { "vietqr", "momo", "zalopay", "vnpay" })
        {
            foreach (var viewport in new[] { Viewport.Phone.Name, Viewport.Desktop.Name })
            {
                foreach (var lang in new[] { "vi", "en" })
                {
                    data.Add(way, viewport, lang);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Journeys))]
    public async Task Citizen_pays_and_keeps_a_verifiable_receipt(string way, string viewportName, string lang)
    {
        var viewport = Viewport.Named(viewportName);
        var english = lang == "en";
        var shot = $"{way}-{viewport.Name}-{lang}";
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var reference = "000.00.30.H26-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (id, link) = await citizen.CreateIntentAsync(PaymentIntents.Valid()
            .WithReference(reference)
            .With("amount", 1_500_000)
            .With("fee_items", new JsonArray(PaymentIntents.FeeItem("LP.LLTP", 1_000_000), PaymentIntents.FeeItem("P.SAO", 500_000)))
            .With("payer", new JsonObject { ["name"] = "Nguyễn Văn An" }));
        await using var context = await browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        var refused = RecordPolicyViolations(page);

        await page.GotoAsync(new Uri(gateway.BaseAddress, link + (english ? "&lang=en" : string.Empty)).AbsoluteUri);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(english ? "Payment 1.500.000 ₫" : "Thanh toán 1.500.000 ₫");
        await Assertions.Expect(page.Locator("table.fees tfoot")).ToContainTextAsync("1.500.000 ₫");
        await BrowserFixture.ScreenshotAsync(page, shot + "-1-choose");

        await page.Locator($"button[name=way][value={way}]").ClickAsync();
        await PayAtProviderAsync(page, way, shot);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(english ? "Payment successful" : "Thanh toán thành công", new() { Timeout = 30_000 });
        var number = await page.Locator(".receipt .facts dd strong").First.TextContentAsync();
        Assert.Matches("^BL-2026-[0-9A-Z]{5}-[0-9A-Z]{5}$", number);
        await Assertions.Expect(page.Locator(".receipt")).ToContainTextAsync("0011 / 426 / 2764 / 1101001 / 00004");
        await Assertions.Expect(page.Locator(".receipt")).ToContainTextAsync("(GMT+7)");
        var back = await page.Locator("a.button.primary").Last.GetAttributeAsync("href");
        Assert.Equal($"http://localhost:3000/dossiers/123?payment_intent={id}&status=succeeded", back);
        await BrowserFixture.ScreenshotAsync(page, shot + "-3-receipt");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href*='/pdf?v=']").ClickAsync());
        var pdfPath = Path.Combine(BrowserFixture.ScreenshotDirectory, shot + "-receipt.pdf");
        await download.SaveAsAsync(pdfPath);
        using (var pdf = PdfSharp.Pdf.IO.PdfReader.Open(pdfPath, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import))
        {
            Assert.Equal((english ? "Electronic receipt " : "Biên lai điện tử ") + number, pdf.Info.Title);
        }

        await page.Locator(".receipt .actions a[href^='/receipts/']:not([href*='/pdf'])").ClickAsync();
        await Assertions.Expect(page.Locator("p.lead.ok")).ToHaveTextAsync(english
            ? "Valid receipt: PayGov has recorded this payment."
            : "Biên lai hợp lệ: PayGov đã ghi nhận khoản thanh toán này.");
        await Assertions.Expect(page.Locator(".receipt")).ToContainTextAsync(reference);
        await BrowserFixture.ScreenshotAsync(page, shot + "-4-verify");

        Assert.Empty(refused);
    }

    [Fact]
    public async Task A_declined_payment_lets_the_citizen_choose_again_and_pay_another_way()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (_, link) = await citizen.CreateIntentAsync();
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(gateway.BaseAddress, link).AbsoluteUri);
        await page.Locator("button[name=way][value=momo]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Từ chối / Decline" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("Giao dịch trước chưa thành công");
        await BrowserFixture.ScreenshotAsync(page, "declined-phone-vi-choose-again");
        await page.Locator("button[name=way][value=zalopay]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Thanh toán / Pay" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thanh toán thành công", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".receipt")).ToContainTextAsync("ZaloPay");
    }

    [Fact]
    public async Task The_first_view_is_small_and_its_size_and_first_paint_are_measured()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (_, link) = await citizen.CreateIntentAsync();
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        var finished = new List<IRequest>();
        page.RequestFinished += (_, request) => finished.Add(request);

        await page.GotoAsync(new Uri(gateway.BaseAddress, link).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        var firstContentfulPaint = await page.EvaluateAsync<double>(
            "() => new Promise(resolve => new PerformanceObserver((list, observer) => { observer.disconnect(); resolve(list.getEntriesByName('first-contentful-paint')[0].startTime); }).observe({ type: 'paint', buffered: true }))");
        long transferred = 0;
        var lines = new List<string>();
        foreach (var request in finished)
        {
            var sizes = await request.SizesAsync();
            var bytes = sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            transferred += bytes;
            lines.Add($"{bytes,7} B  {request.Method} {new Uri(request.Url).AbsolutePath}");
        }

        var report = $"First view of the checkout (phone viewport): {finished.Count} responses, {transferred} bytes transferred "
            + $"({transferred / 1024.0:0.0} KB), first contentful paint {firstContentfulPaint:0} ms\n" + string.Join('\n', lines);
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "first-view.txt"), report);

        Assert.True(transferred <= 100 * 1024, report);
        Assert.Contains(finished, r => new Uri(r.Url).AbsolutePath.EndsWith(".css", StringComparison.Ordinal));
        Assert.DoesNotContain(finished, r => new Uri(r.Url).Host != gateway.BaseAddress.Host);
        Assert.True(firstContentfulPaint > 0, report);
    }

    [Fact]
    public async Task Every_citizen_page_passes_the_automated_accessibility_audit()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (choosing, chooseLink) = await citizen.CreateIntentAsync(PaymentIntents.Valid().WithAmount(60_000_000));
        var (waiting, waitLink) = await citizen.CreateIntentAsync();
        var (paidId, paidLink) = await citizen.CreateIntentAsync(PaymentIntents.Valid().With("payer", new JsonObject { ["name"] = "Lê Thị Hoa" }));
        var chooser = await citizen.OpenCheckoutAsync(waitLink);
        using (var started = await citizen.SubmitAsync(chooser, $"/pay/{waiting}/attempts", ("way", "zalopay")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, started.StatusCode);
        }

        using (var simulated = await citizen.Portal.SimulateAsync(paidId, "momo", "succeeded"))
        {
            Assert.Equal(HttpStatusCode.OK, simulated.StatusCode);
        }

        var problems = new List<string>();
        foreach (var viewport in new[] { Viewport.Phone, Viewport.Desktop })
        {
            await using var context = await browser.NewContextAsync(viewport, bypassCsp: true);
            var page = await context.NewPageAsync();
            foreach (var (name, path) in new[]
            {
                ("choose, one way over its limit", chooseLink),
                ("waiting at the provider", waitLink),
                ("paid, with the receipt", paidLink),
                ("status lookup", "/status"),
                ("not found", "/pay/" + choosing),
                ("choose, English", chooseLink + "&lang=en"),
            })
            {
                await page.GotoAsync(new Uri(gateway.BaseAddress, path).AbsoluteUri);
                if (name.StartsWith("paid", StringComparison.Ordinal))
                {
                    await Assertions.Expect(page.Locator(".receipt")).ToBeVisibleAsync(new() { Timeout = 30_000 });
                }

                problems.AddRange((await AccessibilityAudit.SeriousViolationsAsync(page)).Select(v => $"{viewport.Name}, {name}: {v}"));
                if (name.StartsWith("paid", StringComparison.Ordinal))
                {
                    await page.Locator(".receipt .actions a[href^='/receipts/']:not([href*='/pdf'])").ClickAsync();
                    problems.AddRange((await AccessibilityAudit.SeriousViolationsAsync(page)).Select(v => $"{viewport.Name}, verification: {v}"));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_ways_to_pay_are_reached_by_keyboard_in_reading_order()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (_, link) = await citizen.CreateIntentAsync();
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(gateway.BaseAddress, link).AbsoluteUri);

        var focused = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused.Add(await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('value') || document.activeElement.textContent.trim()"));
        }

        await page.Keyboard.PressAsync("Enter");

        Assert.Equal(["English", "vietqr", "momo", "zalopay"], focused);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sandbox/zalopay/"));
    }

    /// <summary>
    /// A hosted page (MoMo, ZaloPay, VNPAY sandbox): press "pay". VietQR: PayGov's own page shows the code and the
    /// details, and the test plays the citizen's banking app, transferring exactly what the page says to the sandbox bank.
    /// </summary>
    private async Task PayAtProviderAsync(IPage page, string way, string shot)
    {
        if (way == "vietqr")
        {
            await Assertions.Expect(page.Locator("#transfer-title")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("button.copy").First).ToBeVisibleAsync();
            await BrowserFixture.ScreenshotAsync(page, shot + "-2-provider");
            var amount = long.Parse((await page.Locator("#t-amount").TextContentAsync())!, System.Globalization.CultureInfo.InvariantCulture);
            var content = await page.Locator("#t-content").TextContentAsync();
            using var bankApp = gateway.CreateClient();
            using var transfer = await bankApp.PostAsJsonAsync("/sandbox/bank/transfers", new { amount, remark = content });
            Assert.Equal(HttpStatusCode.Created, transfer.StatusCode);
            return;
        }

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/sandbox/{way}/"));
        await BrowserFixture.ScreenshotAsync(page, shot + "-2-provider");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thanh toán / Pay" }).ClickAsync();
    }

    /// <summary>Anything the page's Content-Security-Policy refused: the pages must need nothing it forbids.</summary>
    private static List<string> RecordPolicyViolations(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        return refused;
    }
}
