using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Infrastructure.Auth;

namespace PayGov.Gateway.Tests.Webhooks;

/// <summary>Webhook endpoints and signed, retried, logged delivery, on each storage.</summary>
public abstract class WebhookTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_created_endpoint_shows_its_secret_once_and_then_never()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        var created = await CreateEndpointAsync(client, "https://portal.example.vn/hooks", "*");
        var fetched = await client.GetJsonAsync($"/v1/webhook_endpoints/{created.Str("id")}");
        var listed = await client.GetJsonAsync("/v1/webhook_endpoints");

        Assert.StartsWith("whsec_", created.Str("secret"), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, fetched.GetProperty("secret").ValueKind);
        Assert.Equal("enabled", fetched.Str("status"));
        Assert.Equal(created.Str("id"), Assert.Single(listed.GetProperty("data").EnumerateArray()).Str("id"));
    }

    [Theory]
    [InlineData("http://portal.example.vn/hooks")]
    [InlineData("ftp://127.0.0.1/hooks")]
    [InlineData("https://user:pass@portal.example.vn/hooks")]
    [InlineData("not a url")]
    public async Task Test_mode_refuses_urls_that_are_not_https_or_loopback_http(string url)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.PostRawAsync("/v1/webhook_endpoints", Body(url, "*"), null);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webhook_url_not_allowed", "url");
    }

    [Theory]
    [InlineData("http://203.0.113.10/hooks")]
    [InlineData("https://127.0.0.1/hooks")]
    [InlineData("https://10.1.2.3/hooks")]
    [InlineData("https://192.168.1.20/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hooks")]
    [InlineData("https://[fd00::1]/hooks")]
    public async Task Live_mode_refuses_plain_http_and_internal_addresses(string url)
    {
        var (portalId, _) = await gateway.CreatePortalAsync();
        await using var scope = gateway.Services.CreateAsyncScope();
        var liveKey = (await scope.ServiceProvider.GetRequiredService<Portals.PortalService>()
            .RotateKeyAsync(portalId, ApiKeyMode.Live, TimeSpan.Zero, CancellationToken.None)).Value!;
        using var client = gateway.CreateClient(liveKey);

        using var response = await client.PostRawAsync("/v1/webhook_endpoints", Body(url, "*"), null);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webhook_url_not_allowed", "url");
    }

    [Theory]
    [InlineData("""{"url":"https://portal.example.vn/h","enabled_events":[]}""", "parameter_missing", "enabled_events")]
    [InlineData("""{"url":"https://portal.example.vn/h","enabled_events":["payment_intent.paid"]}""", "parameter_invalid", "enabled_events")]
    [InlineData("""{"enabled_events":["*"]}""", "parameter_missing", "url")]
    [InlineData("""{"url":"https://portal.example.vn/h","enabled_events":"*"}""", "parameter_invalid", "enabled_events")]
    public async Task Endpoint_bodies_are_validated(string body, string code, string param)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.PostRawAsync("/v1/webhook_endpoints", body, null);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, code, param);
    }

    [Fact]
    public async Task An_event_is_delivered_signed_with_the_full_object_and_logged()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var endpoint = await CreateEndpointAsync(client, receiver.Url.ToString(), "*");

        var intent = await client.CreateIntentOkAsync();

        await Eventually.TrueAsync(() => Task.FromResult(!receiver.Received.IsEmpty), "the webhook arrives");
        var webhook = Assert.Single(receiver.Received);
        var (timestamp, signatures) = SignatureCheck.Parse(webhook.Signature);
        Assert.Equal(SignatureCheck.Expected(endpoint.Str("secret"), timestamp, webhook.Body), Assert.Single(signatures));
        Assert.Equal(gateway.Time.GetUtcNow().ToUnixTimeSeconds(), timestamp);
        Assert.Equal("payment_intent.created", webhook.Json.Str("type"));
        Assert.Equal(webhook.EventId, webhook.Json.Str("id"));
        Assert.Equal(intent.GetRawText(), webhook.Json.GetProperty("data").GetProperty("object").GetRawText());
        Assert.Equal(1, webhook.Json.GetProperty("data").GetProperty("sequence").GetInt32());
        await Eventually.TrueAsync(
            async () => (await client.GetJsonAsync($"/v1/events/{webhook.EventId}/deliveries")).GetProperty("data")[0].Str("status") == "succeeded",
            "the delivery is logged as succeeded");
        var delivery = (await client.GetJsonAsync($"/v1/events/{webhook.EventId}/deliveries")).GetProperty("data")[0];
        Assert.Equal(endpoint.Str("id"), delivery.Str("webhook_endpoint"));
        Assert.Equal(200, Assert.Single(delivery.GetProperty("attempts").EnumerateArray()).GetProperty("status_code").GetInt32());
    }

    [Fact]
    public async Task An_endpoint_receives_only_the_event_types_it_asked_for()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        await CreateEndpointAsync(client, receiver.Url.ToString(), "payment_intent.canceled");
        var id = (await client.CreateIntentOkAsync()).Str("id");

        using var cancel = await client.PostRawAsync($"/v1/payment_intents/{id}/cancel", null, null);

        await Eventually.TrueAsync(() => Task.FromResult(!receiver.Received.IsEmpty), "the canceled event arrives");
        await AssertAllDeliveriesSettledAsync(client, id);
        Assert.Equal("payment_intent.canceled", Assert.Single(receiver.Received).Json.Str("type"));
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_within_30_seconds_on_the_injected_clock()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var calls = 0;
        receiver.Answer = _ => Interlocked.Increment(ref calls) == 1 ? 500 : 204;
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        await CreateEndpointAsync(client, receiver.Url.ToString(), "*");
        await client.CreateIntentOkAsync();
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Received.Count == 1), "the first attempt arrives");
        var eventId = receiver.Received.First().EventId;
        var pending = await WaitForDeliveryAsync(client, eventId, d => d.GetProperty("attempt_count").GetInt32() == 1);
        var retryAt = pending.GetProperty("next_attempt_at").GetDateTimeOffset();

        gateway.Time.Advance(TimeSpan.FromSeconds(30));

        var done = await WaitForDeliveryAsync(client, eventId, d => d.Str("status") == "succeeded", ClockTicks);
        Assert.Equal("pending", pending.Str("status"));
        Assert.InRange(retryAt - pending.GetProperty("attempts")[0].GetProperty("at").GetDateTimeOffset(), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.Equal([500, 204], done.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("status_code").GetInt32()));
        Assert.Equal(2, receiver.Received.Count);
        Assert.Equal(eventId, receiver.Received.Last().EventId);
    }

    [Fact]
    public async Task During_a_secret_rotation_both_secrets_sign_and_the_old_one_stops_after_the_overlap()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var endpoint = await CreateEndpointAsync(client, receiver.Url.ToString(), "payment_intent.created");
        var oldSecret = endpoint.Str("secret");
        using var rotate = await client.PostRawAsync($"/v1/webhook_endpoints/{endpoint.Str("id")}/rotate_secret", """{"overlap_seconds":3600}""", null);
        var newSecret = (await rotate.JsonAsync()).Str("secret");

        await client.CreateIntentOkAsync();
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Received.Count == 1), "the first webhook arrives");
        gateway.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await client.CreateIntentOkAsync();
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Received.Count == 2), "the second webhook arrives");

        var during = receiver.Received.First();
        var after = receiver.Received.Last();
        var (t1, duringSignatures) = SignatureCheck.Parse(during.Signature);
        var (t2, afterSignatures) = SignatureCheck.Parse(after.Signature);
        Assert.Equal([SignatureCheck.Expected(newSecret, t1, during.Body), SignatureCheck.Expected(oldSecret, t1, during.Body)], duringSignatures);
        Assert.Equal([SignatureCheck.Expected(newSecret, t2, after.Body)], afterSignatures);
    }

    [Fact]
    public async Task A_delivered_event_can_be_replayed_by_hand()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        await CreateEndpointAsync(client, receiver.Url.ToString(), "*");
        await client.CreateIntentOkAsync();
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Received.Count == 1), "the webhook arrives");
        var eventId = receiver.Received.First().EventId;
        var delivery = await WaitForDeliveryAsync(client, eventId, d => d.Str("status") == "succeeded");

        using var replay = await client.PostRawAsync($"/v1/events/{eventId}/deliveries/{delivery.Str("id")}/replay", null, null);

        Assert.True(replay.StatusCode == HttpStatusCode.OK, await replay.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Received.Count == 2), "the replay arrives");
        Assert.Equal(eventId, receiver.Received.Last().EventId);
        await WaitForDeliveryAsync(client, eventId, d => d.Str("status") == "succeeded" && d.GetProperty("attempt_count").GetInt32() == 2);
    }

    [Fact]
    public async Task A_deleted_endpoint_receives_nothing_more_and_answers_404()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var endpoint = await CreateEndpointAsync(client, receiver.Url.ToString(), "*");

        using var deleted = await client.DeleteAsync($"/v1/webhook_endpoints/{endpoint.Str("id")}");
        var intentId = (await client.CreateIntentOkAsync()).Str("id");
        using var fetched = await client.GetAsync($"/v1/webhook_endpoints/{endpoint.Str("id")}");

        Assert.Equal("deleted", (await deleted.JsonAsync()).Str("status"));
        await fetched.AssertProblemAsync(HttpStatusCode.NotFound, "resource_missing", "id");
        await AssertAllDeliveriesSettledAsync(client, intentId);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task An_endpoint_failing_for_the_whole_retry_period_is_disabled_and_the_portal_told()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => 503;
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var endpoint = await CreateEndpointAsync(client, receiver.Url.ToString(), "payment_intent.created");
        await client.CreateIntentOkAsync();
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Received.Count == 1), "the first attempt arrives");
        var eventId = receiver.Received.First().EventId;

        for (var day = 0; day < 8; day++)
        {
            var current = await WaitForDeliveryAsync(client, eventId, d => d.GetProperty("attempt_count").GetInt32() == receiver.Received.Count);
            if (current.Str("status") != "pending")
            {
                break;
            }

            var attempts = receiver.Received.Count;
            // The longest wait is 12 h plus up to 20 % jitter.
            gateway.Time.Advance(TimeSpan.FromHours(15));
            await Eventually.TrueAsync(() => Task.FromResult(receiver.Received.Count > attempts), "another attempt arrives", eachPoll: ClockTicks);
        }

        await Eventually.TrueAsync(
            async () => (await client.GetJsonAsync($"/v1/webhook_endpoints/{endpoint.Str("id")}")).Str("status") == "disabled",
            "the endpoint is disabled");
        var disabled = await client.GetJsonAsync($"/v1/webhook_endpoints/{endpoint.Str("id")}");
        var delivery = await WaitForDeliveryAsync(client, eventId, d => d.Str("status") == "abandoned");
        var told = await client.GetJsonAsync("/v1/events?type=webhook_endpoint.disabled");
        Assert.Equal("disabled", disabled.Str("status"));
        Assert.True(delivery.GetProperty("attempt_count").GetInt32() > 5);
        Assert.Equal(endpoint.Str("id"), Assert.Single(told.GetProperty("data").EnumerateArray()).GetProperty("data").GetProperty("object").Str("id"));
    }

    private static string Body(string url, string eventType) =>
        new JsonObject { ["url"] = url, ["enabled_events"] = new JsonArray(eventType) }.ToJsonString();

    private static async Task<JsonElement> CreateEndpointAsync(HttpClient client, string url, string eventType)
    {
        using var response = await client.PostRawAsync("/v1/webhook_endpoints", Body(url, eventType), null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>
    /// Lets the injected clock run while a test waits for scheduled work: the dispatcher may enter its wait just
    /// after a test's single jump in time, and then only a later tick wakes it, as on a real clock.
    /// </summary>
    private void ClockTicks() => gateway.Time.Advance(TimeSpan.FromSeconds(1));

    private static async Task<JsonElement> WaitForDeliveryAsync(HttpClient client, string eventId, Func<JsonElement, bool> condition, Action? eachPoll = null)
    {
        JsonElement found = default;
        await Eventually.TrueAsync(
            async () =>
            {
                var deliveries = (await client.GetJsonAsync($"/v1/events/{eventId}/deliveries")).GetProperty("data");
                found = deliveries.GetArrayLength() == 1 ? deliveries[0] : default;
                return found.ValueKind == JsonValueKind.Object && condition(found);
            },
            "the delivery reaches the expected state",
            eachPoll: eachPoll);
        return found;
    }

    /// <summary>Waits until every event of the object has been fanned out and settled, so "nothing more arrives" is a fact, not a guess.</summary>
    private async Task AssertAllDeliveriesSettledAsync(HttpClient client, string objectId)
    {
        await Eventually.TrueAsync(
            () => gateway.WithDbAsync(async db =>
                !await db.Events.AnyAsync(e => e.ObjectId == objectId && e.FannedOutAt == null)
                && !await db.WebhookDeliveries.AnyAsync(d => d.Status == Gateway.Webhooks.WebhookDeliveryStatus.Pending
                    && db.Events.Any(e => e.Id == d.EventId && e.ObjectId == objectId))),
            "every event of the object is fanned out and no delivery of it is pending");
        Assert.NotEmpty((await client.GetJsonAsync($"/v1/events?object_id={objectId}")).GetProperty("data").EnumerateArray());
    }
}

[Collection(SqliteGatewayCollection.Name)]
public sealed class WebhookTestsOnSqlite(SqliteGatewayFixture gateway) : WebhookTests(gateway);

[Collection(PostgresGatewayCollection.Name)]
public sealed class WebhookTestsOnPostgres(PostgresGatewayFixture gateway) : WebhookTests(gateway);
