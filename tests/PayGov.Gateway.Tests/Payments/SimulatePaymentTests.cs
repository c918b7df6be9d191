using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Payments;

namespace PayGov.Gateway.Tests.Payments;

/// <summary>
/// A citizen's payment end to end over HTTP: simulate_payment starts a real attempt at the in-process sandbox, the
/// sandbox sends its signed callback to the gateway, and the intent moves exactly once (see the subclasses).
/// </summary>
public abstract class SimulatePaymentTests(GatewayFixture gateway)
{
    [Theory]
    [InlineData("momo")]
    [InlineData("zalopay")]
    public async Task Simulated_success_moves_the_intent_to_succeeded_with_its_events_in_order(string provider)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");

        using var response = await client.SimulateAsync(id, provider, "succeeded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await response.JsonAsync()).Str("status"), new[] { "processing", "succeeded" });
        await PaymentFlows.StatusBecomesAsync(client, $"/v1/payment_intents/{id}", "succeeded");
        var intent = await client.GetJsonAsync($"/v1/payment_intents/{id}");
        Assert.Equal(provider, intent.Str("provider"));
        Assert.Equal("wallet", intent.Str("method"));
        Assert.Equal(JsonValueKind.String, intent.GetProperty("succeeded_at").ValueKind);
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"], await client.EventTypesOfAsync(id));
        var attempt = await AttemptOfAsync(id);
        Assert.Equal(PaymentAttemptStatus.Succeeded, attempt.Status);
        Assert.Equal(150_000, attempt.Amount);
        Assert.NotNull(attempt.ProviderTransactionId);
        Assert.StartsWith("pa_", attempt.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("momo")]
    [InlineData("zalopay")]
    public async Task Simulated_failure_moves_the_intent_back_to_requires_payment_method(string provider)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");

        using var response = await client.SimulateAsync(id, provider, "failed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(async () => (await AttemptOfAsync(id)).Status == PaymentAttemptStatus.Failed, "the attempt failed");
        Assert.Equal("requires_payment_method", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.payment_failed"], await client.EventTypesOfAsync(id));
    }

    [Fact]
    public async Task Simulating_with_a_live_key_answers_403_test_mode_only()
    {
        var (_, testKey) = await gateway.CreatePortalAsync();
        var (_, liveKey) = await gateway.CreatePortalAsync(ApiKeyMode.Live);
        using var live = gateway.CreateClient(liveKey);
        var id = (await live.CreateIntentOkAsync()).Str("id");

        using var response = await live.SimulateAsync(id, "momo", "succeeded");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "test_mode_only");
        Assert.Equal("requires_payment_method", (await live.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.NotEmpty(testKey);
    }

    [Fact]
    public async Task Simulating_an_unknown_provider_answers_400_and_a_paid_intent_answers_409()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");

        using var unknown = await client.SimulateAsync(id, "paypal", "succeeded");
        using var first = await client.SimulateAsync(id, "momo", "succeeded");
        await PaymentFlows.StatusBecomesAsync(client, $"/v1/payment_intents/{id}", "succeeded");
        using var again = await client.SimulateAsync(id, "zalopay", "succeeded");

        await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, "parameter_invalid", "provider");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "invalid_state_transition");
    }

    [Theory]
    [InlineData("momo")]
    [InlineData("zalopay")]
    public async Task A_replayed_valid_callback_changes_nothing_more(string provider)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");
        await gateway.SetSandboxFaultsAsync(provider, new JsonObject { ["duplicate_callbacks"] = true });

        try
        {
            using var response = await client.SimulateAsync(id, provider, "succeeded");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var reference = (await AttemptOfAsync(id)).MerchantReference;
            await Eventually.TrueAsync(
                () => Task.FromResult(gateway.Logs.GetSnapshot().Any(r => r.Message.Contains(reference, StringComparison.Ordinal) && r.Message.Contains("Duplicate", StringComparison.Ordinal))),
                "the second callback was answered: " + reference);
        }
        finally
        {
            await gateway.ResetSandboxFaultsAsync(provider);
        }

        Assert.Equal("succeeded", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"], await client.EventTypesOfAsync(id));
        Assert.Equal(PaymentAttemptStatus.Succeeded, (await AttemptOfAsync(id)).Status);
        var paidReference = (await AttemptOfAsync(id)).MerchantReference;
        Assert.Equal(0, await gateway.WithDbAsync(db => db.RejectedCallbacks.CountAsync(r => r.MerchantReference == paidReference)));
    }

    [Fact]
    public async Task A_forged_MoMo_ipn_answers_401_is_audited_and_changes_nothing()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");
        var reference = await ProcessingAttemptWithRejectedSandboxCallbackAsync(client, id, "momo", "signature_invalid");

        // The genuine IPN of vectors/momo.json "ipn_success", re-pointed at this attempt with its amount raised: its signature no longer holds.
        var forged = new JsonObject
        {
            ["partnerCode"] = "MOMOPGOVTEST01",
            ["orderId"] = reference,
            ["requestId"] = reference,
            ["amount"] = 1_150_000,
            ["orderInfo"] = "Nộp lệ phí hộ tịch - hồ sơ 000.00.12.H29",
            ["orderType"] = "momo_wallet",
            ["transId"] = 4088878653,
            ["resultCode"] = 0,
            ["message"] = "Thành công.",
            ["payType"] = "qr",
            ["responseTime"] = 1741919349123,
            ["extraData"] = "",
            ["signature"] = "82b4823b4e568c255625cf4c9bf8063fb560257fa01cefeec41cd0548fe0b8c2",
        };
        using var callbacks = gateway.CreateClient();
        using var answer = await callbacks.PostAsync("/callbacks/momo/ipn", new StringContent(forged.ToJsonString(), Encoding.UTF8, "application/json"));

        await answer.AssertProblemAsync(HttpStatusCode.Unauthorized, "signature_invalid");
        var logged = string.Join('\n', gateway.Logs.GetSnapshot().Select(r => r.Message));
        Assert.DoesNotContain("82b4823b4e568c255625cf4c9bf8063fb560257fa01cefeec41cd0548fe0b8c2", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("TESTONLY", logged, StringComparison.Ordinal);
        Assert.Equal(2, await RejectionsAsync("momo", reference, "signature_invalid"));
        Assert.Equal("processing", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(PaymentAttemptStatus.Started, (await AttemptOfAsync(id)).Status);
        Assert.Equal(["payment_intent.created", "payment_intent.processing"], await client.EventTypesOfAsync(id));
    }

    [Fact]
    public async Task A_forged_ZaloPay_callback_answers_mac_not_equal_is_audited_and_changes_nothing()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");
        var reference = await ProcessingAttemptWithRejectedSandboxCallbackAsync(client, id, "zalopay", "mac_invalid");

        // The genuine callback of vectors/zalopay.json "callback_success", re-pointed at this attempt: its mac no longer holds.
        var data = new JsonObject
        {
            ["app_id"] = 9999,
            ["app_trans_id"] = reference,
            ["app_time"] = 1741919213000,
            ["app_user"] = "PayGov",
            ["amount"] = 150_000,
            ["embed_data"] = "{}",
            ["item"] = "[]",
            ["zp_trans_id"] = 250314000012345,
            ["server_time"] = 1741919345000,
            ["channel"] = 38,
            ["merchant_user_id"] = "",
            ["user_fee_amount"] = 0,
            ["discount_amount"] = 0,
        };
        var forged = new JsonObject { ["data"] = data.ToJsonString(), ["mac"] = "5320bc79895ecc9d427d0e20533af75c65b182270e1fc64f022dd0eecb4a8133", ["type"] = 1 };
        using var callbacks = gateway.CreateClient();
        using var answer = await callbacks.PostAsync("/callbacks/zalopay/callback", new StringContent(forged.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = await answer.JsonAsync();
        Assert.Equal(-1, body.GetProperty("return_code").GetInt32());
        Assert.Equal("mac not equal", body.Str("return_message"));
        Assert.Equal(2, await RejectionsAsync("zalopay", reference, "mac_invalid"));
        Assert.Equal("processing", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(["payment_intent.created", "payment_intent.processing"], await client.EventTypesOfAsync(id));
    }

    [Theory]
    [InlineData("momo")]
    [InlineData("zalopay")]
    public async Task A_correctly_signed_callback_with_the_wrong_amount_is_audited_and_changes_nothing(string provider)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");

        var reference = await ProcessingAttemptWithRejectedSandboxCallbackAsync(client, id, provider, "amount_mismatch", "wrong_amount");

        Assert.Equal("processing", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(PaymentAttemptStatus.Started, (await AttemptOfAsync(id)).Status);
        Assert.Equal(1, await RejectionsAsync(provider, reference, "amount_mismatch"));
    }

    /// <summary>Simulates a payment while the sandbox spoils its callback, and waits until the gateway audited it.</summary>
    private Task<string> ProcessingAttemptWithRejectedSandboxCallbackAsync(HttpClient client, string id, string provider, string reason, string fault = "bad_signature") =>
        gateway.WithSandboxFaultsAsync(provider, new JsonObject { [fault] = true }, async () =>
        {
            using var response = await client.SimulateAsync(id, provider, "succeeded");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var reference = (await AttemptOfAsync(id)).MerchantReference;
            await Eventually.TrueAsync(async () => await RejectionsAsync(provider, reference, reason) == 1, "the sandbox's callback was rejected");
            return reference;
        });

    private Task<int> RejectionsAsync(string provider, string reference, string reason) =>
        gateway.WithDbAsync(db => db.RejectedCallbacks.CountAsync(r => r.Provider == provider && r.MerchantReference == reference && r.Reason == reason));

    private Task<PaymentAttempt> AttemptOfAsync(string intentId) =>
        gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.IntentId == intentId));
}

[Collection(SqliteGatewayCollection.Name)]
public sealed class SimulatePaymentTestsOnSqlite(SqliteGatewayFixture gateway) : SimulatePaymentTests(gateway);

[Collection(PostgresGatewayCollection.Name)]
public sealed class SimulatePaymentTestsOnPostgres(PostgresGatewayFixture gateway) : SimulatePaymentTests(gateway);
