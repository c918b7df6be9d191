using PayGov.Providers.VnPay;
using static PayGov.Providers.Sandbox.Tests.VnPay.VnPaySteps;

namespace PayGov.Providers.Sandbox.Tests.VnPay;

/// <summary>The VNPAY adapter, provider-neutral at its edge (đồng, PaymentOutcome), against the sandbox.</summary>
[Collection(SandboxCollection.Name)]
public sealed class VnPayAdapterSandboxTests(SandboxFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.ResetFaultsAsync("vnpay");

    private StartPaymentRequest Attempt(PaymentMethod method = PaymentMethod.Card, long amount = 150_000)
    {
        var now = Now;
        return new(
            "pa_test",
            "pi_test",
            MerchantReference.Create(now),
            amount,
            "Lệ phí hộ tịch (bản sao) — 2 bản",
            method,
            new Uri(fixture.Merchant.BaseUrl, "/pay/return/vnpay/pa_test").AbsoluteUri,
            "203.0.113.45",
            now,
            now.AddMinutes(15));
    }

    private async Task<ProviderCallbackRequest> PaidIpnAsync(StartPaymentRequest attempt)
    {
        var started = await fixture.VnPayAdapter.StartAsync(attempt, CancellationToken.None);
        using var opened = await fixture.Http.GetAsync(new Uri(started.RedirectUrl!));
        await CompleteAsync(fixture, attempt.MerchantReference, SandboxCompletionRequest.Succeeded);
        return Ipn((await IpnsAsync(fixture, attempt.MerchantReference))[0]);
    }

    private static ProviderCallbackRequest Ipn(string query) => new(query, ReadOnlyMemory<byte>.Empty, new Dictionary<string, string>(), null);

    private static string Resign(string query, Func<Dictionary<string, string>, Dictionary<string, string>> change, string secret)
    {
        var fields = change(QueryString.Parse(query).Where(p => p.Key != "vnp_SecureHash").ToDictionary(StringComparer.Ordinal));
        var hashData = VnPaySignature.BuildHashData(fields);
        return "?" + hashData + "&vnp_SecureHash=" + VnPaySignature.Sign(hashData, secret);
    }

    [Fact]
    public async Task Adapter_starts_verifies_the_IPN_queries_and_refunds_in_provider_neutral_terms()
    {
        var attempt = Attempt(PaymentMethod.BankTransfer);

        var verified = await fixture.VnPayAdapter.VerifyCallbackAsync(await PaidIpnAsync(attempt), CancellationToken.None);
        var status = await fixture.VnPayAdapter.QueryAsync(attempt.MerchantReference, CancellationToken.None);
        var partial = await fixture.VnPayAdapter.RefundAsync(
            new ProviderRefundRequest(MerchantReference.Create(Now), attempt.MerchantReference, verified.Notification!.ProviderTransactionId!, 50_000, attempt.Amount, attempt.CreatedAt, "Nộp thừa", "operator"),
            CancellationToken.None);
        var rest = await fixture.VnPayAdapter.RefundAsync(
            new ProviderRefundRequest(MerchantReference.Create(Now), attempt.MerchantReference, verified.Notification.ProviderTransactionId!, 100_000, attempt.Amount, attempt.CreatedAt, "Hoàn phần còn lại", "operator"),
            CancellationToken.None);
        var refunded = await fixture.VnPayAdapter.QueryAsync(attempt.MerchantReference, CancellationToken.None);

        Assert.True(verified.IsVerified);
        Assert.Equal(new ProviderNotification(attempt.MerchantReference, verified.Notification.ProviderTransactionId, attempt.Amount, PaymentOutcome.Succeeded), verified.Notification);
        Assert.Equal(new ProviderPaymentStatus(PaymentOutcome.Succeeded, attempt.Amount, verified.Notification.ProviderTransactionId), status);
        Assert.Equal(RefundOutcome.Pending, partial.Outcome);
        Assert.Equal("00", partial.ProviderCode);
        Assert.NotNull(partial.ProviderRefundId);
        Assert.Equal(RefundOutcome.Pending, rest.Outcome);
        Assert.Equal(PaymentOutcome.Succeeded, refunded.Outcome);
    }

    [Fact]
    public async Task Start_sends_the_method_as_VNPAY_bank_code_and_the_transliterated_description()
    {
        var card = await fixture.VnPayAdapter.StartAsync(Attempt(PaymentMethod.Card), CancellationToken.None);
        var bank = await fixture.VnPayAdapter.StartAsync(Attempt(PaymentMethod.BankTransfer), CancellationToken.None);

        var cardFields = QueryString.ToUniqueMap(QueryString.Parse(card.RedirectUrl!))!;
        var bankFields = QueryString.ToUniqueMap(QueryString.Parse(bank.RedirectUrl!))!;
        Assert.False(cardFields.ContainsKey("vnp_BankCode"));
        Assert.Equal(VnPayPaymentProvider.DomesticBankCode, bankFields["vnp_BankCode"]);
        Assert.Equal("Le phi ho tich ban sao 2 ban", cardFields["vnp_OrderInfo"]);
        Assert.Equal("15000000", cardFields["vnp_Amount"]);
        Assert.Equal([PaymentMethod.BankTransfer, PaymentMethod.Card], fixture.VnPayAdapter.Methods.Order());
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.VnPayAdapter.StartAsync(Attempt(PaymentMethod.Wallet), CancellationToken.None));
    }

    [Fact]
    public async Task Declined_payment_is_reported_declined_by_IPN_and_query()
    {
        var attempt = Attempt();
        var started = await fixture.VnPayAdapter.StartAsync(attempt, CancellationToken.None);
        using var opened = await fixture.Http.GetAsync(new Uri(started.RedirectUrl!));

        await CompleteAsync(fixture, attempt.MerchantReference, SandboxCompletionRequest.Failed);
        var verified = await fixture.VnPayAdapter.VerifyCallbackAsync(Ipn((await IpnsAsync(fixture, attempt.MerchantReference))[0]), CancellationToken.None);
        var status = await fixture.VnPayAdapter.QueryAsync(attempt.MerchantReference, CancellationToken.None);

        Assert.Equal(PaymentOutcome.Declined, verified.Notification!.Outcome);
        Assert.Equal(PaymentOutcome.Declined, status.Outcome);
    }

    [Fact]
    public async Task Query_of_a_payment_never_opened_reports_not_found()
    {
        var status = await fixture.VnPayAdapter.QueryAsync(MerchantReference.Create(Now), CancellationToken.None);

        Assert.Equal(new ProviderPaymentStatus(PaymentOutcome.NotFound, null, null), status);
    }

    [Fact]
    public async Task Tampered_IPN_is_rejected_for_its_signature()
    {
        var ipn = await PaidIpnAsync(Attempt());

        var tampered = ipn with { QueryString = ipn.QueryString!.Replace("vnp_Amount=15000000", "vnp_Amount=1500000", StringComparison.Ordinal) };
        var rejected = await fixture.VnPayAdapter.VerifyCallbackAsync(tampered, CancellationToken.None);

        Assert.False(rejected.IsVerified);
        Assert.Equal(VnPayPaymentProvider.SignatureInvalidReason, rejected.RejectionReason);
    }

    [Fact]
    public async Task Forged_IPN_signed_with_another_secret_or_unsigned_is_rejected()
    {
        var ipn = await PaidIpnAsync(Attempt());

        var forged = await fixture.VnPayAdapter.VerifyCallbackAsync(ipn with { QueryString = Resign(ipn.QueryString!, f => f, "TESTONLYnotTheMerchantsSecret000") }, CancellationToken.None);
        var unsigned = await fixture.VnPayAdapter.VerifyCallbackAsync(ipn with { QueryString = ipn.QueryString![..ipn.QueryString!.IndexOf("&vnp_SecureHash=", StringComparison.Ordinal)] }, CancellationToken.None);
        var empty = await fixture.VnPayAdapter.VerifyCallbackAsync(ipn with { QueryString = null }, CancellationToken.None);

        Assert.Equal(VnPayPaymentProvider.SignatureInvalidReason, forged.RejectionReason);
        Assert.Equal(VnPayPaymentProvider.SignatureInvalidReason, unsigned.RejectionReason);
        Assert.Equal(VnPayPaymentProvider.PayloadInvalidReason, empty.RejectionReason);
    }

    [Fact]
    public async Task Authentic_IPN_for_another_terminal_or_with_a_fraction_of_a_dong_is_rejected()
    {
        var ipn = await PaidIpnAsync(Attempt());

        var otherTerminal = await fixture.VnPayAdapter.VerifyCallbackAsync(
            ipn with { QueryString = Resign(ipn.QueryString!, f => new(f) { ["vnp_TmnCode"] = "OTHERTMN" }, SandboxFixture.VnPayHashSecret) }, CancellationToken.None);
        var fraction = await fixture.VnPayAdapter.VerifyCallbackAsync(
            ipn with { QueryString = Resign(ipn.QueryString!, f => new(f) { ["vnp_Amount"] = "15000050" }, SandboxFixture.VnPayHashSecret) }, CancellationToken.None);

        Assert.Equal(VnPayPaymentProvider.TmnCodeMismatchReason, otherTerminal.RejectionReason);
        Assert.Equal(VnPayPaymentProvider.AmountInvalidReason, fraction.RejectionReason);
    }

    [Fact]
    public async Task Wrong_amount_IPN_is_authentic_and_carries_the_amount_VNPAY_reported_for_the_gateway_to_refuse()
    {
        var attempt = Attempt();
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(WrongAmount: true));

        var verified = await fixture.VnPayAdapter.VerifyCallbackAsync(await PaidIpnAsync(attempt), CancellationToken.None);

        Assert.True(verified.IsVerified);
        Assert.Equal(attempt.Amount + 1_000, verified.Notification.Amount);
    }
}
