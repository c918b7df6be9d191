using System.Net.Http.Json;
using PayGov.Providers.ZaloPay;

namespace PayGov.Providers.Sandbox.Tests.ZaloPay;

/// <summary>ZaloPayClient against the ZaloPay sandbox over real HTTP, with callbacks caught by a real merchant receiver.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ZaloPayClientSandboxTests(SandboxFixture fixture) : IAsyncLifetime
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    // A merchant reference already is "yyMMdd_" (GMT+7) plus a unique part: exactly an app_trans_id.
    private static ZaloPayOrderCreateOptions Order(long amount = 150_000) => new()
    {
        AppTransId = MerchantReference.Create(Now),
        AppUser = "dichvucong_portal_01",
        Amount = amount,
        Description = "PayGov - Thanh toán lệ phí",
        ItemJson = """[{"itemid":"LP-HT-01","itemname":"Lệ phí cấp bản sao trích lục","itemprice":150000,"itemquantity":1}]""",
        IntentId = "pi_01JPC4T6V8W0",
    };

    private static string NewRefundId() => ZaloPayIds.RefundId(Now, SandboxFixture.ZaloPayAppId, MerchantReference.Create(Now)[7..]);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.ResetFaultsAsync("zalopay");

    private async Task<SandboxCompletionResponse> CompleteAsync(string appTransId, string outcome)
    {
        using var response = await fixture.Http.PostAsJsonAsync(
            new Uri(fixture.SandboxUrl, "/sandbox/zalopay/pay/" + appTransId + "/complete"),
            new SandboxCompletionRequest(outcome));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SandboxCompletionResponse>())!;
    }

    private async Task<IReadOnlyList<string>> CallbacksAsync(string appTransId, int expected = 1)
    {
        await Eventually.TrueAsync(() => fixture.Merchant.BodiesFor("zalopay", appTransId).Count >= expected);
        return fixture.Merchant.BodiesFor("zalopay", appTransId);
    }

    private static ZaloPayCallbackVerification Verify(string body) => ZaloPayCallback.Verify(body, [SandboxFixture.ZaloPayKey2]);

    [Fact]
    public async Task Paid_order_sends_a_key2_signed_callback_with_the_order_amount_and_a_checksummed_redirect()
    {
        var options = Order();

        var order = await fixture.ZaloPay.CreateOrderAsync(options);
        var completion = await CompleteAsync(options.AppTransId, SandboxCompletionRequest.Succeeded);
        var verification = Verify((await CallbacksAsync(options.AppTransId))[0]);

        Assert.True(order.IsCreated);
        Assert.True(verification.IsValid);
        Assert.Equal(options.Amount, verification.Data.Amount);
        var decision = ZaloPayCallback.Decide(verification, SandboxFixture.ZaloPayAppId, new ZaloPayAttemptSnapshot(options.AppTransId, options.Amount, IsOpen: true, RecordedZpTransId: null));
        Assert.Equal(ZaloPayCallbackOutcome.Succeeded, decision.Outcome);
        Assert.StartsWith(new Uri(fixture.Merchant.BaseUrl, "/pay/return/zalopay?").AbsoluteUri, completion.RedirectUrl, StringComparison.Ordinal);
        Assert.True(ZaloPayRedirect.Verify(completion.RedirectUrl, [SandboxFixture.ZaloPayKey2]));
    }

    [Fact]
    public async Task Query_reports_pending_before_payment_paid_after_and_declined_for_a_declined_order()
    {
        var paid = Order();
        var declined = Order();
        await fixture.ZaloPay.CreateOrderAsync(paid);
        await fixture.ZaloPay.CreateOrderAsync(declined);

        var before = await fixture.ZaloPay.QueryAsync(paid.AppTransId);
        await CompleteAsync(paid.AppTransId, SandboxCompletionRequest.Succeeded);
        await CompleteAsync(declined.AppTransId, SandboxCompletionRequest.Failed);
        var after = await fixture.ZaloPay.QueryAsync(paid.AppTransId);
        var refused = await fixture.ZaloPay.QueryAsync(declined.AppTransId);

        Assert.Equal(PaymentOutcome.Pending, before.Outcome);
        Assert.Equal(PaymentOutcome.Succeeded, after.Outcome);
        Assert.Equal(paid.Amount, after.Amount);
        Assert.NotEqual(0, after.ZpTransId);
        Assert.Equal(PaymentOutcome.Declined, refused.Outcome);
    }

    [Fact]
    public async Task Order_created_again_with_the_same_app_trans_id_is_refused_as_existing()
    {
        var options = Order();

        await fixture.ZaloPay.CreateOrderAsync(options);
        var again = await fixture.ZaloPay.CreateOrderAsync(options);

        Assert.False(again.IsCreated);
        Assert.Equal(-68, again.SubReturnCode);
    }

    [Fact]
    public async Task Refunds_are_processing_first_settle_on_query_and_cannot_exceed_the_paid_amount()
    {
        var options = Order();
        await fixture.ZaloPay.CreateOrderAsync(options);
        await CompleteAsync(options.AppTransId, SandboxCompletionRequest.Succeeded);
        var zpTransId = Verify((await CallbacksAsync(options.AppTransId))[0]).Data!.ZpTransId;

        var partial = await fixture.ZaloPay.RefundAsync(new() { MRefundId = NewRefundId(), ZpTransId = zpTransId, Amount = 50_000, Description = "Hoàn lệ phí nộp thừa" });
        var settled = await fixture.ZaloPay.QueryRefundAsync(partial.MRefundId);
        var over = await fixture.ZaloPay.RefundAsync(new() { MRefundId = NewRefundId(), ZpTransId = zpTransId, Amount = 100_001, Description = "Hoàn" });
        var rest = await fixture.ZaloPay.RefundAsync(new() { MRefundId = NewRefundId(), ZpTransId = zpTransId, Amount = 100_000, Description = "Hoàn" });

        Assert.Equal(RefundOutcome.Pending, partial.Outcome);
        Assert.Equal(RefundOutcome.Succeeded, settled.Outcome);
        Assert.Equal(RefundOutcome.Failed, over.Outcome);
        Assert.Equal(RefundOutcome.Pending, rest.Outcome);
    }

    [Fact]
    public async Task Callback_not_answered_with_1_or_2_is_sent_again()
    {
        var options = Order();
        await fixture.ZaloPay.CreateOrderAsync(options);
        fixture.Merchant.RefuseNext(options.AppTransId, times: 2);

        await CompleteAsync(options.AppTransId, SandboxCompletionRequest.Succeeded);
        var bodies = await CallbacksAsync(options.AppTransId, expected: 3);

        Assert.All(bodies, body => Assert.True(Verify(body).IsValid));
    }

    [Fact]
    public async Task Create_answered_with_a_server_error_throws_unavailable_applied_unknown_and_is_sent_once()
    {
        await fixture.SetFaultsAsync("zalopay", new SandboxFaults(Status5xx: true));
        var before = fixture.Switchboard.CallCount(ProviderId.ZaloPay, "create");

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => fixture.ZaloPay.CreateOrderAsync(Order()));

        Assert.Equal(ProviderApplied.Unknown, error.Applied);
        Assert.Equal(1, fixture.Switchboard.CallCount(ProviderId.ZaloPay, "create") - before);
    }

    [Fact]
    public async Task Query_answered_with_server_errors_is_retried_by_the_pipeline()
    {
        await fixture.SetFaultsAsync("zalopay", new SandboxFaults(Status5xx: true));
        var before = fixture.Switchboard.CallCount(ProviderId.ZaloPay, "query");

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => fixture.ZaloPay.QueryAsync(MerchantReference.Create(Now)));

        Assert.Equal(ProviderApplied.No, error.Applied);
        Assert.Equal(3, fixture.Switchboard.CallCount(ProviderId.ZaloPay, "query") - before);
    }

    [Fact]
    public async Task Create_that_times_out_throws_unavailable_applied_unknown_and_a_query_finds_the_order()
    {
        var options = Order();
        await fixture.SetFaultsAsync("zalopay", new SandboxFaults(Timeout: true));

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => fixture.ZaloPay.CreateOrderAsync(options));
        await fixture.ResetFaultsAsync("zalopay");
        var settled = await fixture.ZaloPay.QueryAsync(options.AppTransId);

        Assert.Equal(ProviderApplied.Unknown, error.Applied);
        Assert.Equal(PaymentOutcome.Pending, settled.Outcome);
    }

    [Fact]
    public async Task Wrong_amount_fault_sends_an_authentic_callback_the_gateway_records_for_review()
    {
        var options = Order();
        await fixture.ZaloPay.CreateOrderAsync(options);
        await fixture.SetFaultsAsync("zalopay", new SandboxFaults(WrongAmount: true));

        await CompleteAsync(options.AppTransId, SandboxCompletionRequest.Succeeded);
        var verification = Verify((await CallbacksAsync(options.AppTransId))[0]);

        Assert.True(verification.IsValid);
        var decision = ZaloPayCallback.Decide(verification, SandboxFixture.ZaloPayAppId, new ZaloPayAttemptSnapshot(options.AppTransId, options.Amount, IsOpen: true, RecordedZpTransId: null));
        Assert.Equal(ZaloPayCallbackOutcome.RejectedAmount, decision.Outcome);
    }

    [Fact]
    public async Task Bad_signature_fault_sends_a_callback_that_fails_verification()
    {
        var options = Order();
        await fixture.ZaloPay.CreateOrderAsync(options);
        await fixture.SetFaultsAsync("zalopay", new SandboxFaults(BadSignature: true));

        await CompleteAsync(options.AppTransId, SandboxCompletionRequest.Succeeded);
        var verification = Verify((await CallbacksAsync(options.AppTransId))[0]);

        Assert.Equal(ZaloPayCallbackVerdict.MacInvalid, verification.Verdict);
    }

    [Fact]
    public async Task Duplicate_callbacks_fault_sends_two_callbacks_the_second_already_processed()
    {
        var options = Order();
        await fixture.ZaloPay.CreateOrderAsync(options);
        await fixture.SetFaultsAsync("zalopay", new SandboxFaults(DuplicateCallbacks: true));

        await CompleteAsync(options.AppTransId, SandboxCompletionRequest.Succeeded);
        var bodies = await CallbacksAsync(options.AppTransId, expected: 2);
        var second = Verify(bodies[1]);

        Assert.Equal(2, bodies.Count);
        var decision = ZaloPayCallback.Decide(second, SandboxFixture.ZaloPayAppId, new ZaloPayAttemptSnapshot(options.AppTransId, options.Amount, IsOpen: false, RecordedZpTransId: second.Data!.ZpTransId));
        Assert.Equal(ZaloPayCallbackOutcome.Duplicate, decision.Outcome);
    }
}
