using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PayGov.Gateway.Tests.Payments;

/// <summary>
/// Malformed, oversized, tampered and unauthorised input across every endpoint: always a 4xx
/// problem+json with a stable code, never a 500, and nothing stored.
/// </summary>
public abstract class BadInputTests(GatewayFixture gateway)
{
    private const string Valid = """{"amount":150000,"reference":"R1","fee_items":[{"code":"LP.LLTP","name":"Lệ phí","amount":150000,"budget":{"treasury_code":"0011","budget_chapter":"426","budget_sub_item":"2764","revenue_agency":"1101001","area_code":"00004"}}]}""";

    public static TheoryData<string, string, int, string, string?> CreateBodies => new()
    {
        { "malformed json", """{"amount":""", 400, "body_malformed", null },
        { "json array", "[1,2]", 400, "body_malformed", null },
        { "empty body", string.Empty, 400, "body_malformed", null },
        { "amount zero", Valid.Replace("\"amount\":150000,\"reference\"", "\"amount\":0,\"reference\"", StringComparison.Ordinal), 400, "amount_invalid", "amount" },
        { "amount negative", Valid.Replace("\"amount\":150000,\"reference\"", "\"amount\":-5,\"reference\"", StringComparison.Ordinal), 400, "amount_invalid", "amount" },
        { "amount fractional", Valid.Replace("\"amount\":150000,\"reference\"", "\"amount\":1500.5,\"reference\"", StringComparison.Ordinal), 400, "amount_invalid", "amount" },
        { "amount as string", Valid.Replace("\"amount\":150000,\"reference\"", "\"amount\":\"150000\",\"reference\"", StringComparison.Ordinal), 400, "amount_invalid", "amount" },
        { "amount beyond long", Valid.Replace("\"amount\":150000,\"reference\"", "\"amount\":99999999999999999999,\"reference\"", StringComparison.Ordinal), 400, "amount_invalid", "amount" },
        { "amount over the limit", Valid.Replace("150000", "20000000000", StringComparison.Ordinal), 400, "amount_too_large", "amount" },
        { "amount missing", Valid.Replace("\"amount\":150000,\"reference\"", "\"reference\"", StringComparison.Ordinal), 400, "parameter_missing", "amount" },
        { "fee items do not add up", Valid.Replace("\"amount\":150000,\"budget\"", "\"amount\":140000,\"budget\"", StringComparison.Ordinal), 400, "fee_items_amount_mismatch", "fee_items" },
        { "fee items overflowing a long", Valid.Replace("\"fee_items\":[{", "\"fee_items\":[{\"code\":\"A\",\"name\":\"A\",\"amount\":9223372036854775807,\"budget\":{\"treasury_code\":\"0011\",\"budget_chapter\":\"426\",\"budget_sub_item\":\"2764\",\"revenue_agency\":\"1101001\",\"area_code\":\"00004\"}},{", StringComparison.Ordinal), 400, "fee_items_amount_mismatch", "fee_items" },
        { "fee item fractional", Valid.Replace("\"amount\":150000,\"budget\"", "\"amount\":150000.5,\"budget\"", StringComparison.Ordinal), 400, "amount_invalid", "fee_items[0].amount" },
        { "no fee items", Valid.Replace("\"fee_items\":[", "\"fee_items\":[],\"x\":[", StringComparison.Ordinal), 400, "parameter_invalid", "x" },
        { "bad currency", Valid.Replace("{\"amount\":150000,", "{\"amount\":150000,\"currency\":\"USD\",", StringComparison.Ordinal), 400, "currency_invalid", "currency" },
        { "reference too long", Valid.Replace("\"R1\"", "\"" + new string('R', 65) + "\"", StringComparison.Ordinal), 400, "parameter_invalid", "reference" },
        { "reference with NUL", Valid.Replace("\"R1\"", "\"R\\u0000\"", StringComparison.Ordinal), 400, "parameter_invalid", "reference" },
        { "lone surrogate", Valid.Replace("\"R1\"", "\"R\\ud800\"", StringComparison.Ordinal), 400, "parameter_invalid", "reference" },
        { "unknown field", Valid.Replace("{\"amount\"", "{\"surprise\":1,\"amount\"", StringComparison.Ordinal), 400, "parameter_invalid", "surprise" },
        { "duplicate amount key", Valid.Replace("{\"amount\":150000,", "{\"amount\":1,\"amount\":150000,", StringComparison.Ordinal), 400, "body_malformed", null },
        { "treasury code shape", Valid.Replace("\"0011\"", "\"11\"", StringComparison.Ordinal), 400, "parameter_invalid", "fee_items[0].budget.treasury_code" },
        { "area code shape", Valid.Replace("\"00004\"", "\"0004\"", StringComparison.Ordinal), 400, "parameter_invalid", "fee_items[0].budget.area_code" },
        { "return url not a url", Valid.Replace("{\"amount\"", "{\"return_url\":\"javascript:alert(1)\",\"amount\"", StringComparison.Ordinal), 400, "parameter_invalid", "return_url" },
        { "too much metadata", Valid.Replace("{\"amount\"", "{\"metadata\":{" + string.Join(',', Enumerable.Range(0, 21).Select(i => $"\"k{i}\":\"v\"")) + "},\"amount\"", StringComparison.Ordinal), 400, "parameter_invalid", "metadata" },
        { "payer email", Valid.Replace("{\"amount\"", "{\"payer\":{\"email\":\"nope\"},\"amount\"", StringComparison.Ordinal), 400, "parameter_invalid", "payer.email" },
    };

    [Theory]
    [MemberData(nameof(CreateBodies))]
    public async Task Create_with_bad_body_answers_a_problem_and_stores_nothing(string name, string body, int status, string code, string? param)
    {
        Assert.NotEmpty(name);
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.PostRawAsync("/v1/payment_intents", body, Guid.NewGuid().ToString());

        await response.AssertProblemAsync((HttpStatusCode)status, code, param);
        await AssertNothingStoredAsync(portalId);
    }

    [Fact]
    public async Task Create_with_invalid_utf8_answers_body_malformed()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var bytes = Encoding.UTF8.GetBytes(Valid.Replace("\"R1\"", "\"R?\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xC3;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/payment_intents") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Idempotency-Key", "utf8");

        using var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "body_malformed");
        await AssertNothingStoredAsync(portalId);
    }

    [Fact]
    public async Task Create_with_a_body_over_64_kb_answers_413()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var huge = Valid.Replace("\"R1\"", "\"R1\",\"description\":\"" + new string('x', 70_000) + "\"", StringComparison.Ordinal);

        using var response = await client.PostRawAsync("/v1/payment_intents", huge, "big");

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body_too_large");
        await AssertNothingStoredAsync(portalId);
    }

    [Fact]
    public async Task Create_with_a_chunked_body_over_64_kb_answers_413()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/payment_intents")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 70_000) + Valid))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("Idempotency-Key", "chunked");

        using var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body_too_large");
        await AssertNothingStoredAsync(portalId);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Create_with_a_non_json_content_type_answers_415(string contentType)
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.PostRawAsync("/v1/payment_intents", Valid, "ct", contentType);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        await AssertNothingStoredAsync(portalId);
    }

    [Theory]
    [InlineData(null, "idempotency_key_missing")]
    [InlineData("key with spaces", "idempotency_key_invalid")]
    public async Task Create_without_a_usable_idempotency_key_answers_400(string? idempotencyKey, string code)
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.PostRawAsync("/v1/payment_intents", Valid, idempotencyKey);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, code, "Idempotency-Key");
        await AssertNothingStoredAsync(portalId);
    }

    private const string ValidRefund = """{"payment_intent":"pi_01KKN14T78EM7TGAE07BPGBPR8","amount":1000}""";

    public static TheoryData<string, string, int, string, string?> RefundBodies => new()
    {
        { "malformed json", """{"payment_intent":""", 400, "body_malformed", null },
        { "empty body", string.Empty, 400, "body_malformed", null },
        { "amount zero", ValidRefund.Replace("1000", "0", StringComparison.Ordinal), 400, "amount_invalid", "amount" },
        { "amount negative", ValidRefund.Replace("1000", "-5", StringComparison.Ordinal), 400, "amount_invalid", "amount" },
        { "amount fractional", ValidRefund.Replace("1000", "1000.5", StringComparison.Ordinal), 400, "amount_invalid", "amount" },
        { "amount as string", ValidRefund.Replace("1000", "\"1000\"", StringComparison.Ordinal), 400, "amount_invalid", "amount" },
        { "payment intent missing", """{"amount":1000}""", 400, "parameter_missing", "payment_intent" },
        { "payment intent a number", """{"payment_intent":7,"amount":1000}""", 400, "parameter_invalid", "payment_intent" },
        { "payment intent not an id", ValidRefund.Replace("pi_01KKN14T78EM7TGAE07BPGBPR8", "abc", StringComparison.Ordinal), 404, "resource_missing", "payment_intent" },
        { "payment intent unknown", ValidRefund, 404, "resource_missing", "payment_intent" },
        { "reason too long", ValidRefund.Replace("{", "{\"reason\":\"" + new string('r', 201) + "\",", StringComparison.Ordinal), 400, "parameter_invalid", "reason" },
        { "reason with NUL", ValidRefund.Replace("{", "{\"reason\":\"r\\u0000\",", StringComparison.Ordinal), 400, "parameter_invalid", "reason" },
        { "unknown field", ValidRefund.Replace("{", "{\"surprise\":1,", StringComparison.Ordinal), 400, "parameter_invalid", "surprise" },
        { "too much metadata", ValidRefund.Replace("{", "{\"metadata\":{" + string.Join(',', Enumerable.Range(0, 21).Select(i => $"\"k{i}\":\"v\"")) + "},", StringComparison.Ordinal), 400, "parameter_invalid", "metadata" },
    };

    [Theory]
    [MemberData(nameof(RefundBodies))]
    public async Task Refund_with_bad_body_answers_a_problem_and_stores_nothing(string name, string body, int status, string code, string? param)
    {
        Assert.NotEmpty(name);
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.PostRawAsync("/v1/refunds", body, Guid.NewGuid().ToString());

        await response.AssertProblemAsync((HttpStatusCode)status, code, param);
        await AssertNothingStoredAsync(portalId);
    }

    [Fact]
    public async Task Refund_without_an_idempotency_key_answers_400()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.PostRawAsync("/v1/refunds", ValidRefund, null);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "idempotency_key_missing", "Idempotency-Key");
        await AssertNothingStoredAsync(portalId);
    }

    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "/v1/payment_intents" },
        { "GET", "/v1/payment_intents" },
        { "GET", "/v1/payment_intents/pi_01KKN14T78EM7TGAE07BPGBPR8" },
        { "POST", "/v1/payment_intents/pi_01KKN14T78EM7TGAE07BPGBPR8/cancel" },
        { "POST", "/v1/refunds" },
        { "GET", "/v1/refunds" },
        { "GET", "/v1/refunds/re_01KKN14T78EM7TGAE07BPGBPR8" },
        { "GET", "/v1/events" },
        { "GET", "/v1/events/evt_01KKN14T78EM7TGAE07BPGBPR8" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_answers_401_without_a_key_or_with_a_wrong_one(string method, string path)
    {
        using var anonymous = gateway.CreateClient();
        using var forged = gateway.CreateClient("sk_test_" + new string('A', 32));
        using var malformed = gateway.CreateClient("not-a-key");

        using var none = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonBody() });
        using var wrong = await forged.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonBody() });
        using var garbage = await malformed.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonBody() });

        await none.AssertProblemAsync(HttpStatusCode.Unauthorized, "api_key_missing");
        await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized, "api_key_invalid");
        await garbage.AssertProblemAsync(HttpStatusCode.Unauthorized, "api_key_invalid");
    }

    [Fact]
    public async Task An_expired_key_is_refused_after_rotation_overlap()
    {
        var (portalId, oldKey) = await gateway.CreatePortalAsync();
        await using var scope = gateway.Services.CreateAsyncScope();
        var newKey = (await scope.ServiceProvider.GetRequiredService<Portals.PortalService>()
            .RotateKeyAsync(portalId, Infrastructure.Auth.ApiKeyMode.Test, TimeSpan.FromHours(1), CancellationToken.None)).Value!;
        using var oldClient = gateway.CreateClient(oldKey);
        using var newClient = gateway.CreateClient(newKey);
        using var duringOverlap = await oldClient.GetAsync("/v1/events");

        gateway.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using var afterOverlap = await oldClient.GetAsync("/v1/events");
        using var withNewKey = await newClient.GetAsync("/v1/events");

        Assert.Equal(HttpStatusCode.OK, duringOverlap.StatusCode);
        await afterOverlap.AssertProblemAsync(HttpStatusCode.Unauthorized, "api_key_invalid");
        Assert.Equal(HttpStatusCode.OK, withNewKey.StatusCode);
    }

    [Theory]
    [InlineData("/v1/payment_intents/pi_nonexistent")]
    [InlineData("/v1/refunds/re_nonexistent")]
    [InlineData("/v1/refunds/pi_01KKN14T78EM7TGAE07BPGBPR8")]
    [InlineData("/v1/events/evt_nonexistent")]
    [InlineData("/v1/webhook_endpoints/we_nonexistent")]
    [InlineData("/v1/events/evt_nonexistent/deliveries")]
    public async Task Unknown_ids_answer_404_resource_missing(string path)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "resource_missing", "id");
    }

    [Theory]
    [InlineData("/v1/payment_intents/pi_01KKN14T78EM7TGAE07BPG%00PR8")]
    [InlineData("/v1/events/evt_%00/deliveries")]
    public async Task A_nul_in_the_path_is_refused_with_400_before_any_code_runs(string path)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.GetAsync(path);

        // Kestrel refuses such a request line itself, before routing: a plain 400, never a query with NUL.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/v1/payment_intents?limit=0", "parameter_invalid", "limit")]
    [InlineData("/v1/payment_intents?limit=101", "parameter_invalid", "limit")]
    [InlineData("/v1/payment_intents?limit=abc", "parameter_invalid", "limit")]
    [InlineData("/v1/payment_intents?status=paid", "parameter_invalid", "status")]
    [InlineData("/v1/payment_intents?starting_after=evt_01KKN14T78EM7TGAE07BPGBPR8", "parameter_invalid", "starting_after")]
    [InlineData("/v1/payment_intents?created_gte=yesterday", "parameter_invalid", "created_gte")]
    [InlineData("/v1/payment_intents?colour=blue", "parameter_unknown", "colour")]
    [InlineData("/v1/payment_intents?status=canceled&status=expired", "parameter_invalid", "status")]
    [InlineData("/v1/events?type=payment_intent.exploded", "parameter_invalid", "type")]
    [InlineData("/v1/refunds?limit=0", "parameter_invalid", "limit")]
    [InlineData("/v1/refunds?starting_after=pi_01KKN14T78EM7TGAE07BPGBPR8", "parameter_invalid", "starting_after")]
    [InlineData("/v1/refunds?payment_intent=re_01KKN14T78EM7TGAE07BPGBPR8", "parameter_invalid", "payment_intent")]
    [InlineData("/v1/refunds?colour=blue", "parameter_unknown", "colour")]
    public async Task Lists_refuse_bad_query_parameters(string path, string code, string param)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, code, param);
    }

    [Theory]
    [InlineData("GET", "/v1/nothing-here", HttpStatusCode.NotFound, "route_not_found")]
    [InlineData("GET", "/favicon.ico", HttpStatusCode.NotFound, "route_not_found")]
    [InlineData("DELETE", "/v1/payment_intents", HttpStatusCode.MethodNotAllowed, "method_not_allowed")]
    [InlineData("PUT", "/v1/events", HttpStatusCode.MethodNotAllowed, "method_not_allowed")]
    public async Task Unknown_routes_and_methods_answer_problems(string method, string path, HttpStatusCode status, string code)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await response.AssertProblemAsync(status, code);
    }

    [Fact]
    public async Task Cancel_with_a_malformed_body_answers_400_and_changes_nothing()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");

        using var response = await client.PostRawAsync($"/v1/payment_intents/{id}/cancel", "{\"cancellation_reason\":", null);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "body_malformed");
        Assert.Equal("requires_payment_method", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
    }

    private static StringContent JsonBody() => new(Valid, Encoding.UTF8, "application/json");

    private async Task AssertNothingStoredAsync(string portalId)
    {
        Assert.Equal(0, await gateway.WithDbAsync(db => db.PaymentIntents.CountAsync(p => p.PortalId == portalId)));
        Assert.Equal(0, await gateway.WithDbAsync(db => db.Refunds.CountAsync(r => r.PortalId == portalId)));
        Assert.Equal(0, await gateway.WithDbAsync(db => db.Events.CountAsync(e => e.PortalId == portalId)));
        Assert.Equal(0, await gateway.WithDbAsync(db => db.IdempotencyRecords.CountAsync(r => r.PortalId == portalId)));
    }
}

[Collection(SqliteGatewayCollection.Name)]
public sealed class BadInputTestsOnSqlite(SqliteGatewayFixture gateway) : BadInputTests(gateway);

[Collection(PostgresGatewayCollection.Name)]
public sealed class BadInputTestsOnPostgres(PostgresGatewayFixture gateway) : BadInputTests(gateway);
