using System.Net.Http.Json;
using PayGov.Providers.VnPay;

namespace PayGov.Providers.Sandbox.Tests.VnPay;

/// <summary>The citizen's and the merchant's steps against the VNPAY sandbox, shared by the VNPAY test classes.</summary>
internal static class VnPaySteps
{
    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    /// <summary>A payment whose reference and creation time come from one clock reading, as the gateway makes them.</summary>
    public static VnPayPaymentCreateOptions Payment(long amount = 150_000)
    {
        var now = Now;
        return new VnPayPaymentCreateOptions
        {
            TxnRef = MerchantReference.Create(now),
            Amount = amount,
            OrderInfo = "Nộp lệ phí cấp Căn cước — hồ sơ số 000.25.31.H29 (Đợt 1)",
            IpAddress = "203.0.113.45",
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(15),
        };
    }

    /// <summary>Opens the payment URL as the browser does (VNPAY registers the payment then), without following the redirect.</summary>
    public static async Task<HttpResponseMessage> OpenAsync(SandboxFixture fixture, VnPayPaymentLink link) =>
        await fixture.Http.GetAsync(link.Url);

    /// <summary>Builds the URL, opens it and presses pay or decline through the completion helper.</summary>
    public static async Task<SandboxCompletionResponse> PayAsync(SandboxFixture fixture, VnPayPaymentCreateOptions payment, string outcome = SandboxCompletionRequest.Succeeded)
    {
        using var opened = await OpenAsync(fixture, fixture.VnPay.CreatePaymentUrl(payment));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, opened.StatusCode);
        return await CompleteAsync(fixture, payment.TxnRef, outcome);
    }

    public static async Task<SandboxCompletionResponse> CompleteAsync(SandboxFixture fixture, string txnRef, string outcome)
    {
        using var response = await fixture.Http.PostAsJsonAsync(
            new Uri(fixture.SandboxUrl, "/sandbox/vnpay/pay/" + txnRef + "/complete"),
            new SandboxCompletionRequest(outcome));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SandboxCompletionResponse>())!;
    }

    /// <summary>The IPN query strings the merchant received for <paramref name="txnRef"/>, once at least <paramref name="count"/> arrived.</summary>
    public static async Task<IReadOnlyList<string>> IpnsAsync(SandboxFixture fixture, string txnRef, int count = 1)
    {
        await Eventually.TrueAsync(() => fixture.Merchant.BodiesFor("vnpay", txnRef).Count >= count);
        return fixture.Merchant.BodiesFor("vnpay", txnRef);
    }

    /// <summary>A paid payment and VNPAY's number of it, read from its verified IPN.</summary>
    public static async Task<(VnPayPaymentCreateOptions Payment, string TransactionNo)> PaidAsync(SandboxFixture fixture, long amount = 150_000)
    {
        var payment = Payment(amount);
        await PayAsync(fixture, payment);
        var ipn = (await IpnsAsync(fixture, payment.TxnRef))[0];
        return (payment, fixture.VnPay.VerifyCallback(ipn).Notification!.TransactionNo);
    }

    public static VnPayRefundCreateOptions Refund(VnPayPaymentCreateOptions payment, string transactionNo, long amount) => new()
    {
        RefundId = MerchantReference.Create(Now),
        TxnRef = payment.TxnRef,
        TransactionNo = transactionNo,
        TransactionDate = payment.CreatedAt,
        Amount = amount,
        PaymentAmount = payment.Amount,
        CreatedBy = "treasury.officer01",
        Reason = "Hoàn lệ phí nộp thừa",
    };

    public static VnPayQueryOptions Query(VnPayPaymentCreateOptions payment) => new() { TxnRef = payment.TxnRef, TransactionDate = payment.CreatedAt };
}
