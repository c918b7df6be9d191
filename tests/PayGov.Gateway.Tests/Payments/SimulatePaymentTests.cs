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
    [InlineData("vnpay", "card")]
    [InlineData("momo", "wallet")]
    [InlineData("zalopay", "wallet")]
    public async Task Simulated_success_moves_the_intent_to_succeeded_with_its_events_in_order(string provider, string method)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");

        using var response = await client.SimulateAsync(id, provider, "succeeded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await response.JsonAsync()).Str("status"), new[] { "processing", "succeeded" });
        await client.StatusBecomesAsync(id, "succeeded");
        var intent = await client.GetJsonAsync($"/v1/payment_intents/{id}");
        Assert.Equal(provider, intent.Str("provider"));
        Assert.Equal(method, intent.Str("method"));
        Assert.Equal(JsonValueKind.String, intent.GetProperty("succeeded_at").ValueKind);
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"], await client.EventTypesOfAsync(id));
        var attempt = await gateway.AttemptOfAsync(id);
        Assert.Equal(PaymentAttemptStatus.Succeeded, attempt.Status);
        Assert.Equal(150_000, attempt.Amount);
        Assert.NotNull(attempt.ProviderTransactionId);
        Assert.StartsWith("pa_", attempt.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vnpay")]
    [InlineData("momo")]
    [InlineData("zalopay")]
    public async Task Simulated_failure_moves_the_intent_back_to_requires_payment_method(string provider)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");

        using var response = await client.SimulateAsync(id, provider, "failed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(async () => (await gateway.AttemptOfAsync(id)).Status == PaymentAttemptStatus.Failed, "the attempt failed");
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
        await client.StatusBecomesAsync(id, "succeeded");
        using var again = await client.SimulateAsync(id, "zalopay", "succeeded");

        await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, "parameter_invalid", "provider");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "invalid_state_transition");
    }

    [Theory]
    [InlineData("vnpay")]
    [InlineData("momo")]
    [InlineData("zalopay")]
    public async Task A_replayed_valid_callback_changes_nothing_more(string provider)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");
        await SetFaultsAsync(provider, new JsonObject { ["duplicate_callbacks"] = true });

        try
        {
            using var response = await client.SimulateAsync(id, provider, "succeeded");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var reference = (await gateway.AttemptOfAsync(id)).MerchantReference;
            await Eventually.TrueAsync(
                () => Task.FromResult(gateway.Logs.GetSnapshot().Any(r => r.Message.Contains(reference, StringComparison.Ordinal) && r.Message.Contains("Duplicate", StringComparison.Ordinal))),
                "the second callback was answered: " + reference);
        }
        finally
        {
            await ResetFaultsAsync(provider);
        }

        Assert.Equal("succeeded", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"], await client.EventTypesOfAsync(id));
        Assert.Equal(PaymentAttemptStatus.Succeeded, (await gateway.AttemptOfAsync(id)).Status);
        var paidReference = (await gateway.AttemptOfAsync(id)).MerchantReference;
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
        Assert.Equal(PaymentAttemptStatus.Started, (await gateway.AttemptOfAsync(id)).Status);
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

    [Fact]
    public async Task A_forged_VNPAY_ipn_answers_97_is_audited_and_changes_nothing()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");
        var reference = await ProcessingAttemptWithRejectedSandboxCallbackAsync(client, id, "vnpay", "signature_invalid");

        // Well formed and for this attempt, but signed with a secret that is not the terminal's.
        var forged = SignedIpnQuery(reference, 150_000, "TESTONLYnotTheTerminalsSecret000");
        var forgedHash = forged[(forged.IndexOf("vnp_SecureHash=", StringComparison.Ordinal) + "vnp_SecureHash=".Length)..];
        using var answer = await IpnAsync(forged);

        await AssertVnPayAnswerAsync(answer, "97", "Invalid signature");
        var logged = string.Join('\n', gateway.Logs.GetSnapshot().Select(r => r.Message));
        Assert.DoesNotContain(forgedHash, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("TESTONLY", logged, StringComparison.Ordinal);
        Assert.Equal(2, await RejectionsAsync("vnpay", reference, "signature_invalid"));
        Assert.Equal("processing", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(PaymentAttemptStatus.Started, (await gateway.AttemptOfAsync(id)).Status);
        Assert.Equal(["payment_intent.created", "payment_intent.processing"], await client.EventTypesOfAsync(id));
    }

    [Fact]
    public async Task VNPAY_ipns_are_answered_in_VNPAY_form_in_its_order_of_checks_and_only_the_first_authentic_one_moves_the_intent()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");
        var reference = await ProcessingAttemptWithoutCallbackAsync(client, id, "vnpay");
        var unknown = "251124_" + reference[7..^1] + (reference[^1] == 'A' ? 'B' : 'A');

        using var tampered = await IpnAsync(SignedIpnQuery(reference, 150_000).Replace("vnp_Amount=15000000", "vnp_Amount=100", StringComparison.Ordinal));
        using var wrongAmount = await IpnAsync(SignedIpnQuery(reference, 151_000));
        using var notFound = await IpnAsync(SignedIpnQuery(unknown, 150_000));
        using var first = await IpnAsync(SignedIpnQuery(reference, 150_000));
        using var replayed = await IpnAsync(SignedIpnQuery(reference, 150_000));

        await AssertVnPayAnswerAsync(tampered, "97", "Invalid signature");
        await AssertVnPayAnswerAsync(wrongAmount, "04", "Invalid amount");
        await AssertVnPayAnswerAsync(notFound, "01", "Order not found");
        await AssertVnPayAnswerAsync(first, "00", "Confirm Success");
        await AssertVnPayAnswerAsync(replayed, "02", "Order already confirmed");
        Assert.Equal(1, await RejectionsAsync("vnpay", reference, "signature_invalid"));
        Assert.Equal(1, await RejectionsAsync("vnpay", reference, "amount_mismatch"));
        Assert.Equal(1, await RejectionsAsync("vnpay", unknown, "unknown_order"));
        Assert.Equal("succeeded", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"], await client.EventTypesOfAsync(id));
        Assert.Equal("14870001", (await gateway.AttemptOfAsync(id)).ProviderTransactionId);
    }

    [Fact]
    public async Task A_VNPAY_ipn_without_a_query_string_answers_97_and_is_audited()
    {
        using var answer = await IpnAsync(string.Empty);

        await AssertVnPayAnswerAsync(answer, "97", "Invalid signature");
        Assert.True(await gateway.WithDbAsync(db => db.RejectedCallbacks.AnyAsync(r => r.Provider == "vnpay" && r.Reason == "payload_invalid")));
    }

    [Theory]
    [InlineData("vnpay")]
    [InlineData("momo")]
    [InlineData("zalopay")]
    public async Task A_correctly_signed_callback_with_the_wrong_amount_is_audited_and_changes_nothing(string provider)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");

        var reference = await ProcessingAttemptWithRejectedSandboxCallbackAsync(client, id, provider, "amount_mismatch", "wrong_amount");

        Assert.Equal("processing", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(PaymentAttemptStatus.Started, (await gateway.AttemptOfAsync(id)).Status);
        Assert.Equal(1, await RejectionsAsync(provider, reference, "amount_mismatch"));
    }

    /// <summary>Simulates a payment while the sandbox spoils its callback, and waits until the gateway audited it.</summary>
    private async Task<string> ProcessingAttemptWithRejectedSandboxCallbackAsync(HttpClient client, string id, string provider, string reason, string fault = "bad_signature")
    {
        await SetFaultsAsync(provider, new JsonObject { [fault] = true });
        try
        {
            using var response = await client.SimulateAsync(id, provider, "succeeded");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var reference = (await gateway.AttemptOfAsync(id)).MerchantReference;
            await Eventually.TrueAsync(async () => await RejectionsAsync(provider, reference, reason) == 1, "the sandbox's callback was rejected");
            return reference;
        }
        finally
        {
            await ResetFaultsAsync(provider);
        }
    }

    /// <summary>Simulates a payment while the sandbox sends no callback, so the attempt waits for one.</summary>
    private async Task<string> ProcessingAttemptWithoutCallbackAsync(HttpClient client, string id, string provider)
    {
        await SetFaultsAsync(provider, new JsonObject { ["no_callbacks"] = true });
        try
        {
            using var response = await client.SimulateAsync(id, provider, "succeeded");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await gateway.AttemptOfAsync(id)).MerchantReference;
        }
        finally
        {
            await ResetFaultsAsync(provider);
        }
    }

    /// <summary>
    /// An IPN query string signed as vnpay.md §2 says, by default with the sandbox terminal's test secret. Every value is letters,
    /// digits and <c>_</c>, which VNPAY's encoding keeps as they are, so the hash data is the query itself.
    /// </summary>
    private static string SignedIpnQuery(string txnRef, long amount, string? hashSecret = null)
    {
        var sandbox = new PayGov.Providers.Sandbox.VnPay.VnPaySandboxOptions();
        var hashData = string.Join('&', new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_Amount"] = (amount * 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["vnp_BankCode"] = "NCB",
            ["vnp_OrderInfo"] = "PayGov",
            ["vnp_PayDate"] = "20251124090000",
            ["vnp_ResponseCode"] = "00",
            ["vnp_TmnCode"] = sandbox.TmnCode,
            ["vnp_TransactionNo"] = "14870001",
            ["vnp_TransactionStatus"] = "00",
            ["vnp_TxnRef"] = txnRef,
        }.Select(p => p.Key + "=" + p.Value));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA512.HashData(Encoding.UTF8.GetBytes(hashSecret ?? sandbox.HashSecret), Encoding.UTF8.GetBytes(hashData)));
        return hashData + "&vnp_SecureHash=" + hash;
    }

    private async Task<HttpResponseMessage> IpnAsync(string query)
    {
        using var callbacks = gateway.CreateClient();
        return await callbacks.GetAsync("/callbacks/vnpay/ipn" + (query.Length > 0 ? "?" + query : string.Empty));
    }

    private static async Task AssertVnPayAnswerAsync(HttpResponseMessage answer, string rspCode, string message)
    {
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/json", answer.Content.Headers.ContentType!.MediaType);
        var body = await answer.JsonAsync();
        Assert.Equal((rspCode, message), (body.Str("RspCode"), body.Str("Message")));
    }

    private async Task SetFaultsAsync(string provider, JsonObject faults)
    {
        using var client = gateway.CreateClient();
        using var response = await client.PostAsync($"/sandbox/admin/faults/{provider}", new StringContent(faults.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"setting sandbox faults: {(int)response.StatusCode}");
    }

    private async Task ResetFaultsAsync(string provider)
    {
        using var client = gateway.CreateClient();
        using var response = await client.DeleteAsync($"/sandbox/admin/faults/{provider}");
        Assert.True(response.IsSuccessStatusCode, $"resetting sandbox faults: {(int)response.StatusCode}");
    }

    private Task<int> RejectionsAsync(string provider, string reference, string reason) =>
        gateway.WithDbAsync(db => db.RejectedCallbacks.CountAsync(r => r.Provider == provider && r.MerchantReference == reference && r.Reason == reason));
}

[Collection(SqliteGatewayCollection.Name)]
public sealed class SimulatePaymentTestsOnSqlite(SqliteGatewayFixture gateway) : SimulatePaymentTests(gateway);

[Collection(PostgresGatewayCollection.Name)]
public sealed class SimulatePaymentTestsOnPostgres(PostgresGatewayFixture gateway) : SimulatePaymentTests(gateway);
