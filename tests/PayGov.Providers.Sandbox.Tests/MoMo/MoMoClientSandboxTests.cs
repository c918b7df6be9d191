using System.Net.Http.Json;
using System.Text.Json;
using PayGov.Providers.MoMo;

namespace PayGov.Providers.Sandbox.Tests.MoMo;

/// <summary>MoMoClient against the MoMo sandbox over real HTTP, with IPNs caught by a real merchant receiver.</summary>
[Collection(SandboxCollection.Name)]
public sealed class MoMoClientSandboxTests(SandboxFixture fixture)
{
    private static string NewReference() => MerchantReference.Create(TimeProvider.System.GetUtcNow());

    private static MoMoPaymentCreateOptions Payment(long amount = 150_000) => new()
    {
        OrderId = NewReference(),
        Amount = amount,
        OrderInfo = "Nộp lệ phí hộ tịch - hồ sơ 000.00.12.H29",
        ExtraData = "eyJpbnRlbnQiOiJwaV8wMUpQQzRUNlY4VzAiLCJnaGlfY2h1IjoiU+G7nyBUxrAgcGjDoXAgSMOgIE7hu5lpIn0=",
    };

    private async Task<SandboxCompletionResponse> CompleteAsync(string orderId, string outcome)
    {
        using var response = await fixture.Http.PostAsJsonAsync(
            new Uri(fixture.SandboxUrl, "/sandbox/momo/pay/" + orderId + "/complete"),
            new SandboxCompletionRequest(outcome));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SandboxCompletionResponse>())!;
    }

    private Task<string> IpnAsync(string orderId) =>
        Eventually.ReturnsAsync(() => fixture.Merchant.BodiesFor("momo", orderId) is [var first, ..] ? first : null);

    private static MoMoCallbackVerification Verify(string body) =>
        MoMoCallback.VerifyIpn(body, SandboxFixture.MoMoAccessKey, [SandboxFixture.MoMoSecretKey]);

    private async Task<(string OrderId, long TransId)> PaidAsync(long amount)
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment(amount));
        await CompleteAsync(payment.OrderId, SandboxCompletionRequest.Succeeded);
        return (payment.OrderId, Verify(await IpnAsync(payment.OrderId)).Notification!.TransId);
    }

    [Fact]
    public async Task Paid_payment_sends_a_signed_IPN_with_the_order_amount_and_a_signed_redirect()
    {
        var options = Payment();

        var payment = await fixture.MoMo.CreatePaymentAsync(options);
        var completion = await CompleteAsync(payment.OrderId, SandboxCompletionRequest.Succeeded);
        var verification = Verify(await IpnAsync(payment.OrderId));

        Assert.True(payment.IsCreated);
        Assert.StartsWith(new Uri(fixture.SandboxUrl, "/sandbox/momo/pay/").AbsoluteUri, payment.PayUrl!.AbsoluteUri, StringComparison.Ordinal);
        Assert.True(verification.IsValid);
        Assert.Equal(options.Amount, verification.Notification.Amount);
        Assert.Equal(MoMoPaymentStatus.Succeeded, verification.Notification.Status);
        Assert.Equal(options.ExtraData, verification.Notification.ExtraData);
        var decision = MoMoIpn.Decide(verification, SandboxFixture.MoMoPartnerCode, new MoMoAttemptSnapshot(options.OrderId, options.Amount, IsOpen: true));
        Assert.Equal(MoMoIpnOutcome.Succeeded, decision.Outcome);
        Assert.True(MoMoCallback.VerifyRedirect(completion.RedirectUrl, SandboxFixture.MoMoAccessKey, [SandboxFixture.MoMoSecretKey]).IsValid);
    }

    [Fact]
    public async Task Declined_payment_sends_a_signed_IPN_with_user_declined()
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment());

        await CompleteAsync(payment.OrderId, SandboxCompletionRequest.Failed);
        var verification = Verify(await IpnAsync(payment.OrderId));

        Assert.True(verification.IsValid);
        Assert.Equal(1006, verification.Notification.ResultCode);
        Assert.Equal(MoMoPaymentStatus.Declined, verification.Notification.Status);
    }

    [Fact]
    public async Task Query_reports_waiting_before_the_citizen_pays_and_paid_after()
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment());

        var before = await fixture.MoMo.QueryAsync(payment.OrderId);
        await CompleteAsync(payment.OrderId, SandboxCompletionRequest.Succeeded);
        var after = await fixture.MoMo.QueryAsync(payment.OrderId);

        Assert.Equal(MoMoPaymentStatus.Pending, before.Status);
        Assert.Equal(1000, before.ResultCode);
        Assert.Equal(MoMoPaymentStatus.Succeeded, after.Status);
        Assert.Equal(150_000, after.Amount);
        Assert.NotEqual(0, after.TransId);
    }

    [Fact]
    public async Task Query_for_an_order_MoMo_never_saw_reports_not_found()
    {
        var transaction = await fixture.MoMo.QueryAsync(NewReference());

        Assert.True(transaction.IsNotFound);
    }

    [Fact]
    public async Task Repeated_create_with_the_same_request_gets_the_same_answer_and_a_reused_order_id_is_refused()
    {
        var options = Payment();

        var first = await fixture.MoMo.CreatePaymentAsync(options);
        var repeat = await fixture.MoMo.CreatePaymentAsync(options);
        var reused = await fixture.MoMo.CreatePaymentAsync(options, new RequestOptions { RequestId = NewReference() });

        Assert.True(repeat.IsCreated);
        Assert.Equal(first.PayUrl, repeat.PayUrl);
        Assert.False(reused.IsCreated);
        Assert.Equal(41, reused.ResultCode);
    }

    [Fact]
    public async Task Partial_and_full_refunds_succeed_and_a_refund_over_the_remaining_amount_is_refused()
    {
        var (orderId, transId) = await PaidAsync(150_000);

        var partial = await fixture.MoMo.RefundAsync(new() { RefundId = NewReference(), TransId = transId, Amount = 50_000, Description = "Hoàn lệ phí nộp thừa" });
        var over = await fixture.MoMo.RefundAsync(new() { RefundId = NewReference(), TransId = transId, Amount = 100_001 });
        var rest = await fixture.MoMo.RefundAsync(new() { RefundId = NewReference(), TransId = transId, Amount = 100_000 });
        var payment = await fixture.MoMo.QueryAsync(orderId);

        Assert.Equal(RefundOutcome.Succeeded, partial.Outcome);
        Assert.Equal(RefundOutcome.Failed, over.Outcome);
        Assert.Equal(1081, over.ResultCode);
        Assert.Equal(RefundOutcome.Succeeded, rest.Outcome);
        Assert.Equal([50_000L, 100_000L], payment.Refunds.Where(r => r.ResultCode == 0).Select(r => r.Amount));
    }

    [Fact]
    public async Task Refund_of_a_declined_payment_is_refused()
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment());
        await CompleteAsync(payment.OrderId, SandboxCompletionRequest.Failed);
        var transId = Verify(await IpnAsync(payment.OrderId)).Notification!.TransId;

        var refund = await fixture.MoMo.RefundAsync(new() { RefundId = NewReference(), TransId = transId, Amount = 10_000 });

        Assert.Equal(RefundOutcome.Failed, refund.Outcome);
    }

    [Fact]
    public async Task IPN_not_acknowledged_with_204_is_sent_again()
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment());
        fixture.Merchant.RefuseNext(payment.OrderId, times: 2);

        await CompleteAsync(payment.OrderId, SandboxCompletionRequest.Succeeded);

        await Eventually.TrueAsync(() => fixture.Merchant.BodiesFor("momo", payment.OrderId).Count == 3);
        Assert.All(fixture.Merchant.BodiesFor("momo", payment.OrderId), body => Assert.True(Verify(body).IsValid));
    }

    [Fact]
    public async Task Hosted_page_offers_pay_and_decline_and_the_pay_button_redirects_with_a_signed_result()
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment());

        var page = await fixture.Http.GetStringAsync(payment.PayUrl);
        using var pressed = await fixture.Http.PostAsync(new Uri(payment.PayUrl + "/pay"), null);
        using var again = await fixture.Http.PostAsync(new Uri(payment.PayUrl + "/pay"), null);

        Assert.Contains("Thanh toán / Pay", page, StringComparison.Ordinal);
        Assert.Contains("Từ chối / Decline", page, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, pressed.StatusCode);
        var location = pressed.Headers.Location!.AbsoluteUri;
        Assert.StartsWith(new Uri(fixture.Merchant.BaseUrl, "/pay/return/momo?").AbsoluteUri, location, StringComparison.Ordinal);
        Assert.True(MoMoCallback.VerifyRedirect(location, SandboxFixture.MoMoAccessKey, [SandboxFixture.MoMoSecretKey]).IsValid);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        Assert.True(Verify(await IpnAsync(payment.OrderId)).IsValid);
    }

    [Fact]
    public async Task Ipn_body_has_the_documented_fields_in_MoMo_names()
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment());

        await CompleteAsync(payment.OrderId, SandboxCompletionRequest.Succeeded);
        using var body = JsonDocument.Parse(await IpnAsync(payment.OrderId));

        string[] fields = ["partnerCode", "orderId", "requestId", "amount", "orderInfo", "orderType", "transId", "resultCode", "message", "payType", "responseTime", "extraData", "signature"];
        Assert.Equal(fields, body.RootElement.EnumerateObject().Select(p => p.Name));
    }
}
