using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace PayGov.Gateway.Tests.Payments;

/// <summary>The portal API for payment intents, end to end over HTTP, on each storage (see the subclasses).</summary>
public abstract class PaymentIntentApiTests(GatewayFixture gateway)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task Create_valid_request_answers_201_with_the_intent_and_records_a_created_event()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        var intent = await client.CreateIntentOkAsync(PaymentIntents.Valid().WithReference("H26-000777"));

        Assert.StartsWith("pi_", intent.Str("id"), StringComparison.Ordinal);
        Assert.Equal("requires_payment_method", intent.Str("status"));
        Assert.Equal(150_000, intent.GetProperty("amount").GetInt64());
        Assert.Equal(portalId, intent.Str("portal_id"));
        Assert.Equal(2, intent.GetProperty("fee_items").GetArrayLength());
        Assert.Equal("0011", intent.GetProperty("fee_items")[0].GetProperty("budget").Str("treasury_code"));
        Assert.Contains($"/pay/{intent.Str("id")}?cs=", intent.Str("checkout_url"), StringComparison.Ordinal);
        Assert.Equal(gateway.Time.GetUtcNow().AddHours(24), intent.GetProperty("expires_at").GetDateTimeOffset());
        var events = await client.GetJsonAsync($"/v1/events?object_id={intent.Str("id")}");
        var created = Assert.Single(events.GetProperty("data").EnumerateArray());
        Assert.Equal("payment_intent.created", created.Str("type"));
        Assert.Equal(intent.Str("id"), created.GetProperty("data").GetProperty("object").Str("id"));
        Assert.Equal(1, created.GetProperty("data").GetProperty("sequence").GetInt32());
    }

    [Fact]
    public async Task Retrieve_returns_what_create_returned()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var created = await client.CreateIntentOkAsync(PaymentIntents.Valid().With("payer", new JsonObject { ["name"] = "Nguyễn Văn A", ["email"] = "a@example.vn" }));

        var fetched = await client.GetJsonAsync($"/v1/payment_intents/{created.Str("id")}");

        Assert.Equal(created.GetRawText(), fetched.GetRawText());
    }

    [Fact]
    public async Task Same_key_and_body_replays_the_first_response_and_creates_nothing_more()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var body = PaymentIntents.Valid();

        using var first = await client.CreateIntentAsync(body, "order-1");
        using var second = await client.CreateIntentAsync(body, "order-1");

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((await first.JsonAsync()).Str("id"), (await second.JsonAsync()).Str("id"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await gateway.WithDbAsync(db => db.PaymentIntents.CountAsync(p => p.PortalId == portalId)));
    }

    [Fact]
    public async Task Same_key_and_same_request_written_differently_is_still_a_replay()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var compact = PaymentIntents.Valid().WithReference("SPACING-1").ToJson();
        var spaced = JsonNode.Parse(compact)!.ToJsonString(Indented);

        using var first = await client.PostRawAsync("/v1/payment_intents", compact, "format-1");
        using var second = await client.PostRawAsync("/v1/payment_intents", spaced, "format-1");

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((await first.JsonAsync()).Str("id"), (await second.JsonAsync()).Str("id"));
        Assert.True(second.Headers.Contains("PayGov-Trace-Id"));
    }

    [Fact]
    public async Task A_test_key_and_a_live_key_of_one_portal_never_share_an_idempotency_key()
    {
        var (portalId, testKey) = await gateway.CreatePortalAsync();
        await using var scope = gateway.Services.CreateAsyncScope();
        var liveKey = (await scope.ServiceProvider.GetRequiredService<Portals.PortalService>()
            .RotateKeyAsync(portalId, ApiKeyMode.Live, TimeSpan.FromDays(1), CancellationToken.None)).Value!;
        using var test = gateway.CreateClient(testKey);
        using var live = gateway.CreateClient(liveKey);
        var body = PaymentIntents.Valid();

        using var testCreate = await test.CreateIntentAsync(body, "dossier-42");
        using var liveCreate = await live.CreateIntentAsync(body, "dossier-42");

        Assert.Equal(HttpStatusCode.Created, liveCreate.StatusCode);
        Assert.False(liveCreate.Headers.Contains("Idempotent-Replayed"));
        Assert.True((await liveCreate.JsonAsync()).GetProperty("livemode").GetBoolean());
        Assert.NotEqual((await testCreate.JsonAsync()).Str("id"), (await liveCreate.JsonAsync()).Str("id"));
    }

    [Fact]
    public async Task Cancel_racing_the_expiry_job_answers_one_outcome_never_a_500()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var ids = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add((await client.CreateIntentOkAsync(PaymentIntents.Valid().With("expires_at", gateway.Time.GetUtcNow().AddMinutes(10).ToString("O")))).Str("id"));
        }

        gateway.Time.Advance(TimeSpan.FromMinutes(11));
        var cancels = ids.Select(id => client.PostRawAsync($"/v1/payment_intents/{id}/cancel", null, null)).ToList();
        var doubleCancels = ids.Select(id => client.PostRawAsync($"/v1/payment_intents/{id}/cancel", null, null)).ToList();
        var responses = await Task.WhenAll(cancels.Concat(doubleCancels));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)r.StatusCode}"));
        foreach (var id in ids)
        {
            var events = await client.GetJsonAsync($"/v1/events?object_id={id}");
            var terminal = events.GetProperty("data").EnumerateArray().Select(e => e.Str("type")).Where(t => t != "payment_intent.created").ToList();
            Assert.Single(terminal);
        }

        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Same_key_with_another_body_answers_422()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        using var first = await client.CreateIntentAsync(PaymentIntents.Valid().WithAmount(10_000), "order-2");

        using var second = await client.CreateIntentAsync(PaymentIntents.Valid().WithAmount(20_000), "order-2");

        await second.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused", "Idempotency-Key");
    }

    [Fact]
    public async Task Fifty_concurrent_creates_with_one_key_make_exactly_one_intent()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var body = PaymentIntents.Valid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.CreateIntentAsync(body, "same-key")));

        var ids = new HashSet<string>();
        foreach (var response in responses)
        {
            Assert.True(
                response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict,
                $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            if (response.StatusCode == HttpStatusCode.Created)
            {
                ids.Add((await response.JsonAsync()).Str("id"));
            }
            else
            {
                await response.AssertProblemAsync(HttpStatusCode.Conflict, "idempotency_key_in_use");
                Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
            }

            response.Dispose();
        }

        Assert.Single(ids);
        Assert.Equal(1, await gateway.WithDbAsync(db => db.PaymentIntents.CountAsync(p => p.PortalId == portalId)));
        Assert.Equal(1, await gateway.WithDbAsync(db => db.Events.CountAsync(e => e.PortalId == portalId)));
    }

    [Fact]
    public async Task Another_portals_intent_answers_404_to_get_and_cancel()
    {
        var (_, ownerKey) = await gateway.CreatePortalAsync();
        var (_, strangerKey) = await gateway.CreatePortalAsync();
        using var owner = gateway.CreateClient(ownerKey);
        using var stranger = gateway.CreateClient(strangerKey);
        var intent = await owner.CreateIntentOkAsync();

        using var get = await stranger.GetAsync($"/v1/payment_intents/{intent.Str("id")}");
        using var cancel = await stranger.PostRawAsync($"/v1/payment_intents/{intent.Str("id")}/cancel", null, null);

        await get.AssertProblemAsync(HttpStatusCode.NotFound, "resource_missing", "id");
        await cancel.AssertProblemAsync(HttpStatusCode.NotFound, "resource_missing", "id");
        Assert.Equal("requires_payment_method", (await owner.GetJsonAsync($"/v1/payment_intents/{intent.Str("id")}")).Str("status"));
    }

    [Fact]
    public async Task A_live_key_does_not_see_test_mode_intents()
    {
        var (portalId, testKey) = await gateway.CreatePortalAsync();
        await using var scope = gateway.Services.CreateAsyncScope();
        var liveKey = (await scope.ServiceProvider.GetRequiredService<Portals.PortalService>()
            .RotateKeyAsync(portalId, ApiKeyMode.Live, TimeSpan.FromDays(1), CancellationToken.None)).Value!;
        using var test = gateway.CreateClient(testKey);
        using var live = gateway.CreateClient(liveKey);
        var intent = await test.CreateIntentOkAsync();

        using var response = await live.GetAsync($"/v1/payment_intents/{intent.Str("id")}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "resource_missing");
        Assert.Equal(0, (await live.GetJsonAsync("/v1/payment_intents")).GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task List_pages_newest_first_and_filters_by_status_reference_and_creation_time()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var startedAt = gateway.Time.GetUtcNow();
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Insert(0, (await client.CreateIntentOkAsync(PaymentIntents.Valid().WithReference($"REF-{i}"))).Str("id"));
            gateway.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await client.GetJsonAsync("/v1/payment_intents?limit=2");
        var second = await client.GetJsonAsync($"/v1/payment_intents?limit=2&starting_after={first.GetProperty("data")[1].Str("id")}");
        var third = await client.GetJsonAsync($"/v1/payment_intents?limit=2&starting_after={second.GetProperty("data")[1].Str("id")}");
        await client.PostRawAsync($"/v1/payment_intents/{created[0]}/cancel", null, null);
        var canceled = await client.GetJsonAsync("/v1/payment_intents?status=canceled");
        var byReference = await client.GetJsonAsync("/v1/payment_intents?reference=REF-2");
        var window = await client.GetJsonAsync(
            $"/v1/payment_intents?created_gte={Uri.EscapeDataString(startedAt.AddSeconds(1).ToString("O"))}&created_lt={Uri.EscapeDataString(startedAt.AddSeconds(3).ToString("O"))}");

        string[] Ids(JsonElement page) => page.GetProperty("data").EnumerateArray().Select(p => p.Str("id")).ToArray();
        Assert.Equal(created[..2], Ids(first));
        Assert.True(first.GetProperty("has_more").GetBoolean());
        Assert.Equal(created[2..4], Ids(second));
        Assert.Equal(created[4..], Ids(third));
        Assert.False(third.GetProperty("has_more").GetBoolean());
        Assert.Equal([created[0]], Ids(canceled));
        Assert.Equal([created[2]], Ids(byReference));
        Assert.Equal([created[2], created[3]], Ids(window));
    }

    [Fact]
    public async Task Cancel_moves_an_open_intent_to_canceled_once_and_refuses_a_second_time()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intent = await client.CreateIntentOkAsync();
        var id = intent.Str("id");
        gateway.Time.Advance(TimeSpan.FromSeconds(1));

        using var canceled = await client.PostRawAsync($"/v1/payment_intents/{id}/cancel", """{"cancellation_reason":"dossier withdrawn"}""", null);
        using var again = await client.PostRawAsync($"/v1/payment_intents/{id}/cancel", null, null);

        var body = await canceled.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, canceled.StatusCode);
        Assert.Equal("canceled", body.Str("status"));
        Assert.Equal("dossier withdrawn", body.Str("cancellation_reason"));
        Assert.Equal(2, body.GetProperty("sequence").GetInt32());
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "intent_not_cancelable");
        var events = await client.GetJsonAsync($"/v1/events?object_id={id}");
        Assert.Equal(["payment_intent.canceled", "payment_intent.created"], events.GetProperty("data").EnumerateArray().Select(e => e.Str("type")));
    }

    [Fact]
    public async Task Cancel_with_the_same_idempotency_key_replays_instead_of_failing()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");

        using var first = await client.PostRawAsync($"/v1/payment_intents/{id}/cancel", null, "cancel-1");
        using var retry = await client.PostRawAsync($"/v1/payment_intents/{id}/cancel", null, "cancel-1");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("canceled", (await retry.JsonAsync()).Str("status"));
    }

    [Fact]
    public async Task Expiry_job_expires_an_unpaid_intent_once_its_time_has_passed()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync(PaymentIntents.Valid().With("expires_at", gateway.Time.GetUtcNow().AddMinutes(30).ToString("O")))).Str("id");
        var keep = (await client.CreateIntentOkAsync()).Str("id");

        gateway.Time.Advance(TimeSpan.FromMinutes(31));

        await Eventually.TrueAsync(
            async () => (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status") == "expired",
            "the intent is expired");
        Assert.Equal("requires_payment_method", (await client.GetJsonAsync($"/v1/payment_intents/{keep}")).Str("status"));
        var events = await client.GetJsonAsync($"/v1/events?type=payment_intent.expired");
        Assert.Equal(id, Assert.Single(events.GetProperty("data").EnumerateArray()).GetProperty("data").GetProperty("object").Str("id"));
        Assert.Equal(portalId, Assert.Single(events.GetProperty("data").EnumerateArray()).GetProperty("data").GetProperty("object").Str("portal_id"));
    }

    [Fact]
    public async Task Return_url_outside_the_portals_allow_list_is_refused()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.CreateIntentAsync(PaymentIntents.Valid().With("return_url", "https://evil.example.com/steal"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "return_url_not_allowed", "return_url");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(60 * 24 * 8)]
    public async Task Expires_at_outside_the_allowed_range_is_refused(int minutesFromNow)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.CreateIntentAsync(
            PaymentIntents.Valid().With("expires_at", gateway.Time.GetUtcNow().AddMinutes(minutesFromNow).ToString("O")));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "expires_at_invalid", "expires_at");
    }

    [Fact]
    public async Task Requests_over_the_portals_rate_limit_answer_429_with_retry_after()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        var (_, otherKey) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        using var other = gateway.CreateClient(otherKey);

        // The fixture allows 1000 requests a second and its clock stands still, so all fall in one window.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 1001; i++)
        {
            using var response = await client.GetAsync("/v1/events?limit=1");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
                await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
            }
        }

        using var otherPortal = await other.GetAsync("/v1/events?limit=1");

        Assert.Equal(1000, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, otherPortal.StatusCode);
    }

    [Fact]
    public async Task Logs_never_hold_the_api_key_or_the_payers_details()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var payerEmail = $"citizen-{Guid.NewGuid():N}@example.vn";

        await client.CreateIntentOkAsync(PaymentIntents.Valid().With("payer", new JsonObject { ["name"] = "Trần Thị Bình", ["email"] = payerEmail, ["phone"] = "0912345678" }));

        var logged = string.Join('\n', gateway.Logs.GetSnapshot().Select(r => r.Message + " " + r.Exception));
        Assert.Contains("created for portal", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(key, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(payerEmail, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("0912345678", logged, StringComparison.Ordinal);
    }
}

[Collection(SqliteGatewayCollection.Name)]
public sealed class PaymentIntentApiTestsOnSqlite(SqliteGatewayFixture gateway) : PaymentIntentApiTests(gateway);

[Collection(PostgresGatewayCollection.Name)]
public sealed class PaymentIntentApiTestsOnPostgres(PostgresGatewayFixture gateway) : PaymentIntentApiTests(gateway);
