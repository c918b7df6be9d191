using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using PayGov.Client.PaymentIntents;
using PayGov.Client.Webhooks;

namespace PayGov.Client.Tests.Samples;

[Collection(GatewayCollection.Name)]
public sealed class DossierPortalTests(GatewayFixture gateway)
{
    private const string DossierId = "123";
    private const string DossierNumber = "000.00.30.H26-250314-000123";

    [Fact]
    public async Task Pay_pressed_twice_creates_one_intent_and_sees_the_citizen_to_its_checkout()
    {
        var key = await gateway.CreatePortalKeyAsync();
        using var paygov = gateway.CreateClient(key);
        await using var portal = DossierPortalHost.Start(gateway.BaseAddress, key);

        using var first = await portal.Browser.PostAsync($"/dossiers/{DossierId}/pay", content: null);
        using var second = await portal.Browser.PostAsync($"/dossiers/{DossierId}/pay", content: null);

        var intents = await paygov.PaymentIntents.ListAsync(new PaymentIntentListOptions { Reference = DossierNumber });
        var intent = Assert.Single(intents.Data);
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(intent.CheckoutUrl, first.Headers.Location);
        Assert.Equal(intent.CheckoutUrl, second.Headers.Location);
        Assert.Equal(200_000, intent.Amount);
        Assert.Equal(new Uri("http://localhost:3000/dossiers/123"), intent.ReturnUrl);
        Assert.Equal("2764", Assert.Single(intent.FeeItems).Budget.BudgetSubItem);
    }

    [Fact]
    public async Task Canceling_the_intent_through_the_API_shows_the_dossier_as_canceled()
    {
        var key = await gateway.CreatePortalKeyAsync();
        using var paygov = gateway.CreateClient(key);
        await using var portal = DossierPortalHost.Start(gateway.BaseAddress, key);
        using var pay = await portal.Browser.PostAsync($"/dossiers/{DossierId}/pay", content: null);
        var intent = Assert.Single((await paygov.PaymentIntents.ListAsync(new PaymentIntentListOptions { Reference = DossierNumber })).Data);

        await paygov.PaymentIntents.CancelAsync(intent.Id);

        var page = await WaitForPageAsync(portal, DossierId, html => html.Contains("Đã hủy", StringComparison.Ordinal));
        Assert.DoesNotContain("Thanh toán / Pay", page, StringComparison.Ordinal);
        Assert.Contains(intent.Id, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_webhook_is_refused_with_400_and_changes_nothing()
    {
        var key = await gateway.CreatePortalKeyAsync();
        await using var portal = DossierPortalHost.Start(gateway.BaseAddress, key);
        var payload = SucceededEvent("000.00.30.H26-250314-000124");
        var signedAt = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var forged = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("whsec_guessed"), Encoding.UTF8.GetBytes($"{signedAt}.{payload}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/paygov/webhooks") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.HeaderName, $"t={signedAt},v1={forged}");

        using var answer = await portal.Browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var page = await portal.Browser.GetStringAsync("/dossiers/124");
        Assert.Contains("Chưa thanh toán", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã thanh toán", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_event_older_than_the_one_applied_is_acknowledged_and_ignored()
    {
        await using var portal = DossierPortalHost.Start(gateway.BaseAddress, await gateway.CreatePortalKeyAsync(), webhookSecret: "whsec_sample");
        const string number = "000.00.30.H26-250315-000125";

        using var expired = await PostSignedAsync(portal, IntentEvent(number, "payment_intent.expired", "expired", sequence: 3), "whsec_sample");
        using var olderSuccess = await PostSignedAsync(portal, IntentEvent(number, "payment_intent.succeeded", "succeeded", sequence: 2), "whsec_sample");

        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, olderSuccess.StatusCode);
        var page = await portal.Browser.GetStringAsync("/dossiers/125");
        Assert.Contains("Hết hạn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã thanh toán", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_success_marks_the_dossier_paid()
    {
        await using var portal = DossierPortalHost.Start(gateway.BaseAddress, await gateway.CreatePortalKeyAsync(), webhookSecret: "whsec_sample");

        using var answer = await PostSignedAsync(portal, IntentEvent("000.00.30.H26-250315-000125", "payment_intent.succeeded", "succeeded", sequence: 3), "whsec_sample");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await portal.Browser.GetStringAsync("/dossiers/125");
        Assert.Contains("Đã thanh toán", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Thanh toán / Pay", page, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostSignedAsync(DossierPortalHost portal, string payload, string secret)
    {
        var signedAt = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{signedAt}.{payload}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/paygov/webhooks") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.HeaderName, $"t={signedAt},v1={signature}");
        return await portal.Browser.SendAsync(request);
    }

    // Webhook delivery runs in the background on the gateway, so the page is read until it changes, within a bound.
    private static async Task<string> WaitForPageAsync(DossierPortalHost portal, string id, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var html = await portal.Browser.GetStringAsync($"/dossiers/{id}");
            if (done(html))
            {
                return html;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The dossier page did not change within 30 seconds.");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private static string SucceededEvent(string reference) => IntentEvent(reference, "payment_intent.succeeded", "succeeded", sequence: 9);

    private static string IntentEvent(string reference, string type, string status, int sequence) => """
        {"id":"evt_SEQ","object":"event","type":"TYPE","livemode":false,"created_at":"2026-03-14T02:00:00.000Z",
         "data":{"sequence":SEQ,"object":{"id":"pi_sample","object":"payment_intent","portal_id":"x","livemode":false,"reference":"REFERENCE",
         "amount":150000,"currency":"VND","fee_items":[],"metadata":{},"status":"STATUS","amount_refunded":0,"client_secret":"pi_sample_secret",
         "checkout_url":"http://localhost:5080/pay/pi_sample","created_at":"2026-03-14T02:00:00.000Z","expires_at":"2026-03-15T02:00:00.000Z","sequence":SEQ}}}
        """
        .Replace("REFERENCE", reference, StringComparison.Ordinal)
        .Replace("TYPE", type, StringComparison.Ordinal)
        .Replace("STATUS", status, StringComparison.Ordinal)
        .Replace("SEQ", sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
