using System.Net.Http.Json;
using System.Text;

namespace PayGov.Providers.Sandbox.Tests;

/// <summary>The MoMo and ZaloPay adapters, provider-neutral at their edge, against the sandboxes.</summary>
[Collection(SandboxCollection.Name)]
public sealed class AdapterSandboxTests(SandboxFixture fixture)
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    private StartPaymentRequest Attempt(PaymentMethod method, long amount = 150_000) => new(
        "pa_test",
        "pi_test",
        MerchantReference.Create(Now),
        amount,
        "Lệ phí hộ tịch & sao y = bản chính",
        method,
        new Uri(fixture.Merchant.BaseUrl, "/pay/return").AbsoluteUri,
        "127.0.0.1",
        Now,
        Now.AddMinutes(15));

    private async Task CompleteAsync(string provider, string reference)
    {
        using var response = await fixture.Http.PostAsJsonAsync(
            new Uri(fixture.SandboxUrl, $"/sandbox/{provider}/pay/{reference}/complete"),
            new SandboxCompletionRequest(SandboxCompletionRequest.Succeeded));
        response.EnsureSuccessStatusCode();
    }

    private async Task<ProviderCallbackRequest> CallbackAsync(string provider, string reference)
    {
        var body = await Eventually.ReturnsAsync(() => fixture.Merchant.BodiesFor(provider, reference) is [var first, ..] ? first : null);
        return new ProviderCallbackRequest(null, Encoding.UTF8.GetBytes(body), new Dictionary<string, string>(), null);
    }

    [Fact]
    public async Task MoMo_adapter_starts_verifies_the_IPN_queries_and_refunds_in_provider_neutral_terms()
    {
        var attempt = Attempt(PaymentMethod.Wallet);

        var started = await fixture.MoMoAdapter.StartAsync(attempt, CancellationToken.None);
        await CompleteAsync("momo", attempt.MerchantReference);
        var verified = await fixture.MoMoAdapter.VerifyCallbackAsync(await CallbackAsync("momo", attempt.MerchantReference), CancellationToken.None);
        var status = await fixture.MoMoAdapter.QueryAsync(started.ProviderReference, CancellationToken.None);
        var refund = await fixture.MoMoAdapter.RefundAsync(
            new ProviderRefundRequest(MerchantReference.Create(Now), attempt.MerchantReference, verified.Notification!.ProviderTransactionId!, 50_000, attempt.Amount, attempt.CreatedAt, "Nộp thừa", "operator"),
            CancellationToken.None);

        Assert.Equal(attempt.MerchantReference, started.ProviderReference);
        Assert.StartsWith(new Uri(fixture.SandboxUrl, "/sandbox/momo/pay/").AbsoluteUri, started.RedirectUrl, StringComparison.Ordinal);
        Assert.True(verified.IsVerified);
        Assert.Equal(new ProviderNotification(attempt.MerchantReference, verified.Notification.ProviderTransactionId, attempt.Amount, PaymentOutcome.Succeeded), verified.Notification);
        Assert.Equal(PaymentOutcome.Succeeded, status.Outcome);
        Assert.Equal(attempt.Amount, status.Amount);
        Assert.Equal(RefundOutcome.Succeeded, refund.Outcome);
    }

    [Fact]
    public async Task MoMo_adapter_rejects_a_tampered_IPN_and_reports_an_unknown_order_as_not_found()
    {
        var attempt = Attempt(PaymentMethod.Wallet);
        await fixture.MoMoAdapter.StartAsync(attempt, CancellationToken.None);
        await CompleteAsync("momo", attempt.MerchantReference);
        var callback = await CallbackAsync("momo", attempt.MerchantReference);
        var tampered = callback with { Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(callback.Body.Span).Replace("\"amount\":150000", "\"amount\":1500", StringComparison.Ordinal)) };

        var rejected = await fixture.MoMoAdapter.VerifyCallbackAsync(tampered, CancellationToken.None);
        var unknown = await fixture.MoMoAdapter.QueryAsync(MerchantReference.Create(Now), CancellationToken.None);

        Assert.False(rejected.IsVerified);
        Assert.Equal("signature_invalid", rejected.RejectionReason);
        Assert.Equal(PaymentOutcome.NotFound, unknown.Outcome);
    }

    [Fact]
    public async Task ZaloPay_adapter_starts_verifies_the_callback_queries_and_refunds_in_provider_neutral_terms()
    {
        var attempt = Attempt(PaymentMethod.Wallet);

        var started = await fixture.ZaloPayAdapter.StartAsync(attempt, CancellationToken.None);
        await CompleteAsync("zalopay", attempt.MerchantReference);
        var verified = await fixture.ZaloPayAdapter.VerifyCallbackAsync(await CallbackAsync("zalopay", attempt.MerchantReference), CancellationToken.None);
        var status = await fixture.ZaloPayAdapter.QueryAsync(started.ProviderReference, CancellationToken.None);
        var refund = await fixture.ZaloPayAdapter.RefundAsync(
            new ProviderRefundRequest(MerchantReference.Create(Now), attempt.MerchantReference, verified.Notification!.ProviderTransactionId!, 150_000, attempt.Amount, attempt.CreatedAt, "Hoàn toàn bộ", "operator"),
            CancellationToken.None);

        Assert.StartsWith(new Uri(fixture.SandboxUrl, "/sandbox/zalopay/pay/").AbsoluteUri, started.RedirectUrl, StringComparison.Ordinal);
        Assert.True(verified.IsVerified);
        Assert.Equal(new ProviderNotification(attempt.MerchantReference, verified.Notification.ProviderTransactionId, attempt.Amount, PaymentOutcome.Succeeded), verified.Notification);
        Assert.Equal(PaymentOutcome.Succeeded, status.Outcome);
        Assert.Equal(RefundOutcome.Pending, refund.Outcome);
    }

    [Fact]
    public async Task MoMo_adapter_finds_a_refund_among_the_payments_refunds_and_reports_one_never_sent_as_absent()
    {
        var attempt = Attempt(PaymentMethod.Wallet);
        await fixture.MoMoAdapter.StartAsync(attempt, CancellationToken.None);
        await CompleteAsync("momo", attempt.MerchantReference);
        var paid = await fixture.MoMoAdapter.VerifyCallbackAsync(await CallbackAsync("momo", attempt.MerchantReference), CancellationToken.None);
        ProviderRefundRequest Refund(string reference) =>
            new(reference, attempt.MerchantReference, paid.Notification!.ProviderTransactionId!, 40_000, attempt.Amount, attempt.CreatedAt, "Nộp thừa", "operator");
        var sent = Refund(MerchantReference.Create(Now));
        var refunded = await fixture.MoMoAdapter.RefundAsync(sent, CancellationToken.None);

        var found = await fixture.MoMoAdapter.QueryRefundAsync(sent, CancellationToken.None);
        var absent = await fixture.MoMoAdapter.QueryRefundAsync(Refund(MerchantReference.Create(Now)), CancellationToken.None);
        var sentAgain = await fixture.MoMoAdapter.RefundAsync(sent, CancellationToken.None);

        Assert.Equal(RefundOutcome.Succeeded, found!.Outcome);
        Assert.Equal(refunded.ProviderRefundId, found.ProviderRefundId);
        Assert.Null(absent);
        // MoMo de-duplicates by the refund reference: the same refund sent again is answered as before, and refunds nothing more.
        Assert.Equal(refunded, sentAgain);
        Assert.Equal(40_000, (await fixture.MoMo.QueryAsync(attempt.MerchantReference)).Refunds.Sum(r => r.Amount));
    }

    [Fact]
    public async Task ZaloPay_adapter_settles_a_pending_refund_by_query_and_reports_one_never_sent_as_failed()
    {
        var attempt = Attempt(PaymentMethod.Wallet);
        await fixture.ZaloPayAdapter.StartAsync(attempt, CancellationToken.None);
        await CompleteAsync("zalopay", attempt.MerchantReference);
        var paid = await fixture.ZaloPayAdapter.VerifyCallbackAsync(await CallbackAsync("zalopay", attempt.MerchantReference), CancellationToken.None);
        ProviderRefundRequest Refund(string reference) =>
            new(reference, attempt.MerchantReference, paid.Notification!.ProviderTransactionId!, 40_000, attempt.Amount, attempt.CreatedAt, "Nộp thừa", "operator");
        var sent = Refund(MerchantReference.Create(Now));
        var pending = await fixture.ZaloPayAdapter.RefundAsync(sent, CancellationToken.None);

        var settled = await fixture.ZaloPayAdapter.QueryRefundAsync(sent, CancellationToken.None);
        var neverSent = await fixture.ZaloPayAdapter.QueryRefundAsync(Refund(MerchantReference.Create(Now)), CancellationToken.None);

        Assert.Equal(RefundOutcome.Pending, pending.Outcome);
        Assert.Equal(RefundOutcome.Succeeded, settled!.Outcome);
        Assert.Equal(pending.ProviderRefundId, settled.ProviderRefundId);
        Assert.Equal(RefundOutcome.Failed, neverSent!.Outcome);
    }
}
