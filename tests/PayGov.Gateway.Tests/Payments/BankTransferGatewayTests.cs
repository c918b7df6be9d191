using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Refunds;
using PayGov.Providers.BankTransfer;

namespace PayGov.Gateway.Tests.Payments;

/// <summary>
/// Bank transfer end to end over HTTP: an attempt's VietQR paid at the in-process sandbox bank, whose signed credit
/// notification reaches <c>/callbacks/bank-transfer/{connectorId}/credits</c>; every credit is recorded, the amount
/// rules of bank-notification.md §5 move the intent, and rejected notifications change nothing but the audit.
/// </summary>
public abstract class BankTransferGatewayTests(GatewayFixture gateway)
{
    private const string Provider = "bank_transfer";
    private const string CreditsPath = "/callbacks/bank-transfer/sandbox/credits";

    /// <summary>The sandbox bank's default connector secret (the vectors' invented test value).</summary>
    private const string Secret = "TESTONLY-bank-notify-secret-0000000001";

    [Fact]
    public async Task Simulated_bank_transfer_pays_the_intent_through_the_signed_credit_notification()
    {
        var (client, id) = await NewIntentAsync();

        using var response = await client.SimulateAsync(id, Provider, "succeeded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await client.StatusBecomesAsync(id, "succeeded");
        var intent = await client.GetJsonAsync($"/v1/payment_intents/{id}");
        Assert.Equal(Provider, intent.Str("provider"));
        Assert.Equal("bank_transfer", intent.Str("method"));
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"], await client.EventTypesOfAsync(id));
        var attempt = await gateway.AttemptOfAsync(id);
        Assert.Equal(PaymentAttemptStatus.Succeeded, attempt.Status);
        Assert.Equal(150_000, attempt.ReceivedAmount);
        Assert.True(TransferReference.IsValid(attempt.ProviderReference));
        Assert.Equal(VietQrVerdict.Valid, VietQrPayload.Parse(attempt.QrPayload!).Verdict);
        var credit = Assert.Single(await CreditsOfAsync(attempt.Id));
        Assert.Equal((150_000L, attempt.ProviderReference, (string?)null, (long?)null), (credit.Amount, credit.MatchedReference, credit.Exception, credit.RefundDue));
        Assert.Equal(credit.TransactionId, attempt.ProviderTransactionId);
    }

    [Fact]
    public async Task A_failed_simulation_transfers_nothing_and_the_attempt_waits_unasked_for_the_money()
    {
        var (client, id) = await NewIntentAsync();

        using var response = await client.SimulateAsync(id, Provider, "failed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("processing", (await response.JsonAsync()).Str("status"));
        var attempt = await gateway.AttemptOfAsync(id);
        Assert.Equal(PaymentAttemptStatus.Started, attempt.Status);
        Assert.Null(attempt.NextQueryAt);
        Assert.Empty(await CreditsOfAsync(attempt.Id));
    }

    [Fact]
    public async Task An_underpaid_intent_stays_processing_until_a_top_up_with_the_same_reference_completes_it()
    {
        var (client, id) = await NewIntentAsync();
        var attempt = await OpenBankAttemptAsync(client, id);

        var part = await TransferAsync(new JsonObject { ["qr_payload"] = attempt.QrPayload, ["amount"] = 100_000 });
        await Eventually.TrueAsync(async () => (await gateway.AttemptOfAsync(id)).ReceivedAmount == 100_000, "the part was recorded");
        Assert.Equal("processing", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        await TransferAsync(new JsonObject { ["qr_payload"] = attempt.QrPayload, ["amount"] = 50_000 });

        await client.StatusBecomesAsync(id, "succeeded");
        var credits = await CreditsOfAsync(attempt.Id);
        Assert.Equal(2, credits.Count);
        Assert.All(credits, c => Assert.Null(c.Exception));
        Assert.Equal(150_000, (await gateway.AttemptOfAsync(id)).ReceivedAmount);
        Assert.Contains(credits, c => c.TransactionId == part);
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"], await client.EventTypesOfAsync(id));
    }

    [Fact]
    public async Task An_overpayment_succeeds_and_records_the_excess_to_refund()
    {
        var (client, id) = await NewIntentAsync();
        var attempt = await OpenBankAttemptAsync(client, id);

        await TransferAsync(new JsonObject { ["qr_payload"] = attempt.QrPayload, ["amount"] = 200_000 });

        await client.StatusBecomesAsync(id, "succeeded");
        var credit = Assert.Single(await CreditsOfAsync(attempt.Id));
        Assert.Equal(("overpayment", (long?)50_000), (credit.Exception, credit.RefundDue));
    }

    [Fact]
    public async Task A_second_payment_of_a_paid_intent_is_recorded_as_a_duplicate_to_refund_in_full()
    {
        var (client, id) = await NewIntentAsync();
        using (await client.SimulateAsync(id, Provider, "succeeded"))
        {
            await client.StatusBecomesAsync(id, "succeeded");
        }

        var attempt = await gateway.AttemptOfAsync(id);
        await TransferAsync(new JsonObject { ["qr_payload"] = attempt.QrPayload });

        await Eventually.TrueAsync(async () => (await CreditsOfAsync(attempt.Id)).Count == 2, "the second credit was recorded");
        var duplicate = (await CreditsOfAsync(attempt.Id)).Single(c => c.Exception is not null);
        Assert.Equal(("duplicate_payment", (long?)150_000), (duplicate.Exception, duplicate.RefundDue));
        Assert.Equal(PaymentAnomalies.DoublePayment, (await gateway.AttemptOfAsync(id)).Anomaly);
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"], await client.EventTypesOfAsync(id));

        // The credit is the treasury's to pay back; the attempt is the intent's own payment, never refunded automatically.
        gateway.Time.Advance(TimeSpan.FromMinutes(1));
        await gateway.Services.GetRequiredService<AnomalyRefundJob>().RunOnceAsync(CancellationToken.None);
        await using var scope = gateway.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<RefundService>().RefundAnomalyAsync(attempt.Id));
        Assert.Equal(0, await gateway.WithDbAsync(db => db.Refunds.CountAsync(r => r.AttemptId == attempt.Id)));
    }

    [Fact]
    public async Task An_underpaid_intent_waits_the_late_credit_grace_then_expires_refunding_every_credit()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        var client = gateway.CreateClient(key);
        var expiresAt = Now.AddMinutes(5);
        var id = (await client.CreateIntentOkAsync(PaymentIntents.Valid().With("expires_at", expiresAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)))).Str("id");
        var attempt = await OpenBankAttemptAsync(client, id);
        await TransferAsync(new JsonObject { ["qr_payload"] = attempt.QrPayload, ["amount"] = 100_000 });

        gateway.Time.Advance(TimeSpan.FromMinutes(6));
        await ExpireDueAsync();
        var withinGrace = (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status");
        gateway.Time.Advance(TimeSpan.FromMinutes(15));
        await ExpireDueAsync();

        Assert.Equal("processing", withinGrace);
        Assert.Equal("expired", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(PaymentAnomalies.Underpayment, (await gateway.AttemptOfAsync(id)).Anomaly);
        var credit = Assert.Single(await CreditsOfAsync(attempt.Id));
        Assert.Equal(("underpayment", (long?)100_000), (credit.Exception, credit.RefundDue));
    }

    [Fact]
    public async Task A_credit_without_a_reference_is_accepted_and_recorded_unmatched()
    {
        var remark = "Chuyen tien le phi " + Guid.NewGuid().ToString("N");

        var transactionId = await TransferAsync(new JsonObject { ["amount"] = 150_000, ["remark"] = remark });

        await Eventually.TrueAsync(async () => await CreditAsync(transactionId) is not null, "the credit was recorded");
        var credit = (await CreditAsync(transactionId))!;
        Assert.Equal(("unmatched_credit", (string?)null, (string?)null), (credit.Exception, credit.AttemptId, credit.MatchedReference));
        Assert.Equal("NGUYEN VAN A", credit.CounterAccountName);
    }

    [Fact]
    public async Task A_forged_notification_answers_401_is_audited_and_changes_nothing()
    {
        var (client, id) = await NewIntentAsync();
        var attempt = await OpenBankAttemptAsync(client, id);
        var body = Body(NewTransactionId(), attempt.ProviderReference, 150_000);
        var before = await RejectionsAsync("signature_invalid");

        using var forged = await PostCreditAsync(body, Sign(body, Now, "TESTONLY-not-the-connector-secret-000000"));
        using var unsigned = await PostCreditAsync(body, null);
        using var otherConnector = await PostCreditAsync(body, Sign(body, Now), "/callbacks/bank-transfer/acb/credits");

        await forged.AssertProblemAsync(HttpStatusCode.Unauthorized, "signature_invalid");
        await unsigned.AssertProblemAsync(HttpStatusCode.Unauthorized, "signature_invalid");
        await otherConnector.AssertProblemAsync(HttpStatusCode.Unauthorized, "signature_invalid");
        Assert.Equal(before + 3, await RejectionsAsync("signature_invalid"));
        await AssertUnchangedAsync(client, id, attempt);
        Assert.DoesNotContain(Secret, string.Join('\n', gateway.Logs.GetSnapshot().Select(r => r.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_notification_from_the_sandbox_is_refused_audited_and_changes_nothing()
    {
        var (client, id) = await NewIntentAsync();
        var before = await RejectionsAsync("signature_invalid");

        await WithFaultAsync("tampered_body", async () =>
        {
            using var response = await client.SimulateAsync(id, Provider, "succeeded");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Eventually.TrueAsync(async () => await RejectionsAsync("signature_invalid") == before + 1, "the tampered notification was audited");
        });

        var attempt = await gateway.AttemptOfAsync(id);
        await AssertUnchangedAsync(client, id, attempt);
    }

    [Fact]
    public async Task A_replay_outside_the_window_answers_401_and_inside_it_is_a_duplicate_while_other_content_is_a_conflict()
    {
        var (client, id) = await NewIntentAsync();
        var attempt = await OpenBankAttemptAsync(client, id);
        var transactionId = NewTransactionId();
        var body = Body(transactionId, attempt.ProviderReference, 150_000);
        using (var first = await PostCreditAsync(body, Sign(body, Now)))
        {
            Assert.Equal("accepted", (await first.JsonAsync()).Str("result"));
        }

        var staleBefore = await RejectionsAsync("timestamp_out_of_window");
        var conflictBefore = await RejectionsAsync("notification_conflict");
        using var stale = await PostCreditAsync(body, Sign(body, Now.AddSeconds(-301)));
        using var replay = await PostCreditAsync(body, Sign(body, Now.AddSeconds(-200)));
        var other = Body(transactionId, attempt.ProviderReference, 15_000);
        using var conflict = await PostCreditAsync(other, Sign(other, Now));

        await stale.AssertProblemAsync(HttpStatusCode.Unauthorized, "timestamp_out_of_window");
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("duplicate", (await replay.JsonAsync()).Str("result"));
        await conflict.AssertProblemAsync(HttpStatusCode.Conflict, "notification_conflict");
        Assert.Equal(staleBefore + 1, await RejectionsAsync("timestamp_out_of_window"));
        Assert.Equal(conflictBefore + 1, await RejectionsAsync("notification_conflict"));
        Assert.Single(await CreditsOfAsync(attempt.Id));
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"], await client.EventTypesOfAsync(id));
    }

    [Fact]
    public async Task A_stale_timestamp_from_the_sandbox_is_refused_once_then_accepted_when_re_signed()
    {
        var (client, id) = await NewIntentAsync();
        var before = await RejectionsAsync("timestamp_out_of_window");

        await WithFaultAsync("stale_timestamp", async () =>
        {
            using var response = await client.SimulateAsync(id, Provider, "succeeded");
            await Eventually.TrueAsync(async () => await RejectionsAsync("timestamp_out_of_window") == before + 1, "the stale notification was refused");
        });

        // The sender retries after its first back-off (30 s) on the gateway's clock, re-signing with the time then.
        await Eventually.TrueAsync(
            async () => (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status") == "succeeded",
            "the re-signed notification paid the intent",
            eachPoll: () => gateway.Time.Advance(TimeSpan.FromSeconds(30)));
        Assert.Equal(before + 1, await RejectionsAsync("timestamp_out_of_window"));
    }

    /// <summary>
    /// bank-notification.md has no "wrong amount" rejection: an authentic notification's amount is the money, and more
    /// than expected is an overpayment (rule 9); the sandbox's statement keeps the true amount for reconciliation.
    /// </summary>
    [Fact]
    public async Task A_correctly_signed_wrong_amount_is_treated_by_the_amount_rules_not_trusted_as_exact()
    {
        var (client, id) = await NewIntentAsync();
        var attempt = await OpenBankAttemptAsync(client, id);
        var less = Body(NewTransactionId(), attempt.ProviderReference, 149_000);

        using var answer = await PostCreditAsync(less, Sign(less, Now));

        Assert.Equal("accepted", (await answer.JsonAsync()).Str("result"));
        Assert.Equal("processing", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(149_000, (await gateway.AttemptOfAsync(id)).ReceivedAmount);

        var (paidClient, paidId) = await NewIntentAsync();
        await WithFaultAsync("wrong_amount", async () =>
        {
            using var response = await paidClient.SimulateAsync(paidId, Provider, "succeeded");
            await paidClient.StatusBecomesAsync(paidId, "succeeded");
        });
        var over = Assert.Single(await CreditsOfAsync((await gateway.AttemptOfAsync(paidId)).Id));
        Assert.Equal((151_000L, "overpayment", (long?)1_000), (over.Amount, over.Exception, over.RefundDue));
    }

    [Fact]
    public async Task Bad_notifications_answer_the_protocols_problems_store_nothing_and_are_audited()
    {
        var (client, id) = await NewIntentAsync();
        var attempt = await OpenBankAttemptAsync(client, id);
        var unknownAccount = Body(NewTransactionId(), attempt.ProviderReference, 150_000, account: "9999999999");
        var fraction = Body(NewTransactionId(), attempt.ProviderReference, 150_000).Replace("\"amount\":150000", "\"amount\":150000.5", StringComparison.Ordinal);
        var huge = Body(NewTransactionId(), attempt.ProviderReference, 150_000).Replace("\"description\":\"", "\"description\":\"" + new string('x', 17_000), StringComparison.Ordinal);
        var before = await RejectionsAsync("account_unknown");

        using var account = await PostCreditAsync(unknownAccount, Sign(unknownAccount, Now));
        using var invalid = await PostCreditAsync(fraction, Sign(fraction, Now));
        using var tooLarge = await PostCreditAsync(huge, Sign(huge, Now));

        await account.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "account_unknown");
        await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, "payload_invalid", "amount");
        await tooLarge.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal(before + 1, await RejectionsAsync("account_unknown"));
        await AssertUnchangedAsync(client, id, attempt);
    }

    private DateTimeOffset Now => gateway.Time.GetUtcNow();

    private async Task ExpireDueAsync()
    {
        await using var scope = gateway.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PaymentIntentService>().ExpireDueAsync(200, CancellationToken.None);
    }

    private static string NewTransactionId() => "FT" + Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();

    private async Task<(HttpClient Client, string Id)> NewIntentAsync()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        var client = gateway.CreateClient(key);
        return (client, (await client.CreateIntentOkAsync()).Str("id"));
    }

    /// <summary>A bank attempt with its QR and nothing paid yet: a "failed" simulation transfers nothing.</summary>
    private async Task<PaymentAttempt> OpenBankAttemptAsync(HttpClient client, string id)
    {
        using var response = await client.SimulateAsync(id, Provider, "failed");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await gateway.AttemptOfAsync(id);
    }

    /// <summary>A citizen's banking app at the sandbox bank; waits until the sender is done with the notification.</summary>
    private async Task<string> TransferAsync(JsonObject request)
    {
        using var http = gateway.CreateClient();
        using var response = await http.PostAsync("/sandbox/bank/transfers", new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var transactionId = (await response.JsonAsync()).Str("transaction_id");
        await Eventually.TrueAsync(
            async () => (await http.GetJsonAsync("/sandbox/bank/transfers/" + transactionId)).GetProperty("notifications")[0].EnumerateArray().Any(d => d.Str("state") == "delivered"),
            "the notification was accepted: " + transactionId);
        return transactionId;
    }

    private string Body(string transactionId, string reference, long amount, string account = "1023456789")
    {
        var creditTime = Now.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["transaction_id"] = transactionId,
            ["bank_code"] = "970436",
            ["account_number"] = account,
            ["amount"] = amount,
            ["currency"] = "VND",
            ["credit_time"] = creditTime,
            ["description"] = "MBVCB.8812345678." + reference + ".Nop le phi",
            ["bank_reference"] = "500731234567",
            ["counter_account"] = new JsonObject { ["bank_code"] = "970422", ["number"] = "0123456789", ["name"] = "NGUYEN VAN A" },
        }.ToJsonString();
    }

    private static string Sign(string body, DateTimeOffset at, string secret = Secret) =>
        BankNotificationSignature.CreateHeader(at.ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body), [secret]);

    private async Task<HttpResponseMessage> PostCreditAsync(string body, string? signature, string path = CreditsPath)
    {
        using var http = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add(BankNotificationSignature.HeaderName, signature);
        }

        return await http.SendAsync(request);
    }

    private async Task WithFaultAsync(string fault, Func<Task> action)
    {
        using var http = gateway.CreateClient();
        using (var set = await http.PostAsJsonAsync("/sandbox/admin/faults/bank_transfer", new JsonObject { [fault] = true }))
        {
            Assert.True(set.IsSuccessStatusCode);
        }

        try
        {
            await action();
        }
        finally
        {
            using var reset = await http.DeleteAsync("/sandbox/admin/faults/bank_transfer");
            Assert.True(reset.IsSuccessStatusCode);
        }
    }

    private async Task AssertUnchangedAsync(HttpClient client, string id, PaymentAttempt attempt)
    {
        Assert.Equal("processing", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        Assert.Equal(["payment_intent.created", "payment_intent.processing"], await client.EventTypesOfAsync(id));
        Assert.Empty(await CreditsOfAsync(attempt.Id));
        Assert.Equal(0, (await gateway.AttemptOfAsync(id)).ReceivedAmount);
    }

    private Task<int> RejectionsAsync(string reason) =>
        gateway.WithDbAsync(db => db.RejectedCallbacks.CountAsync(r => r.Provider == Provider && r.Reason == reason));

    private Task<List<BankCredit>> CreditsOfAsync(string attemptId) =>
        gateway.WithDbAsync(db => db.BankCredits.AsNoTracking().Where(c => c.AttemptId == attemptId).ToListAsync());

    private Task<BankCredit?> CreditAsync(string transactionId) =>
        gateway.WithDbAsync(db => db.BankCredits.AsNoTracking().FirstOrDefaultAsync(c => c.TransactionId == transactionId));
}

[Collection(SqliteGatewayCollection.Name)]
public sealed class BankTransferGatewayTestsOnSqlite(SqliteGatewayFixture gateway) : BankTransferGatewayTests(gateway);

[Collection(PostgresGatewayCollection.Name)]
public sealed class BankTransferGatewayTestsOnPostgres(PostgresGatewayFixture gateway) : BankTransferGatewayTests(gateway);
