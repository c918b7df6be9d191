using System.Net;
using PayGov.Providers.VnPay;
using static PayGov.Providers.Sandbox.Tests.VnPay.VnPaySteps;

namespace PayGov.Providers.Sandbox.Tests.VnPay;

/// <summary>VnPayClient against the VNPAY sandbox over real HTTP, with IPNs caught by a real merchant receiver.</summary>
[Collection(SandboxCollection.Name)]
public sealed class VnPayClientSandboxTests(SandboxFixture fixture)
{
    [Fact]
    public async Task Paid_payment_sends_a_signed_IPN_the_merchant_confirms_and_a_signed_return_URL()
    {
        var payment = Payment();

        var completion = await PayAsync(fixture, payment);
        var ipn = (await IpnsAsync(fixture, payment.TxnRef))[0];
        var verification = fixture.VnPay.VerifyCallback(ipn);

        Assert.True(verification.IsValid);
        Assert.Equal(payment.Amount, verification.Notification.AmountDong);
        Assert.Equal(VnPayPaymentResult.Succeeded, verification.Notification.Result);
        var decision = VnPayIpn.Decide(verification, SandboxFixture.VnPayTmnCode, new VnPayAttemptSnapshot(payment.TxnRef, payment.Amount, IsAwaitingResult: true));
        Assert.Equal(VnPayIpnAnswer.ConfirmSuccess, decision.Answer);
        Assert.Equal(VnPayIpnOutcome.Succeeded, decision.Outcome);
        Assert.StartsWith(new Uri(fixture.Merchant.BaseUrl, "/pay/return/vnpay?").AbsoluteUri, completion.RedirectUrl, StringComparison.Ordinal);
        Assert.True(fixture.VnPay.VerifyCallback(completion.RedirectUrl).IsValid);
    }

    [Fact]
    public async Task Query_reports_pending_before_the_citizen_pays_and_paid_after()
    {
        var payment = Payment();
        using var opened = await OpenAsync(fixture, fixture.VnPay.CreatePaymentUrl(payment));

        var before = await fixture.VnPay.QueryAsync(Query(payment));
        await CompleteAsync(fixture, payment.TxnRef, SandboxCompletionRequest.Succeeded);
        var after = await fixture.VnPay.QueryAsync(Query(payment));

        Assert.Equal(VnPayQueryStatus.Pending, before.Status);
        Assert.Equal("01", before.TransactionStatus);
        Assert.Equal(VnPayQueryStatus.Succeeded, after.Status);
        Assert.Equal(payment.Amount, after.Amount);
        Assert.Equal("01", after.TransactionType);
        Assert.NotEqual(string.Empty, after.TransactionNo);
        Assert.Null(after.RefundOutcome);
    }

    [Fact]
    public async Task Declined_payment_sends_an_authentic_IPN_recorded_as_declined_and_query_says_failed()
    {
        var payment = Payment();

        await PayAsync(fixture, payment, SandboxCompletionRequest.Failed);
        var verification = fixture.VnPay.VerifyCallback((await IpnsAsync(fixture, payment.TxnRef))[0]);
        var status = await fixture.VnPay.QueryAsync(Query(payment));

        Assert.True(verification.IsValid);
        Assert.Equal("24", verification.Notification.ResponseCode);
        Assert.Equal("02", verification.Notification.TransactionStatus);
        var decision = VnPayIpn.Decide(verification, SandboxFixture.VnPayTmnCode, new VnPayAttemptSnapshot(payment.TxnRef, payment.Amount, IsAwaitingResult: true));
        Assert.Equal(VnPayIpnAnswer.ConfirmSuccess, decision.Answer);
        Assert.Equal(VnPayIpnOutcome.Declined, decision.Outcome);
        Assert.Equal(VnPayQueryStatus.Failed, status.Status);
    }

    [Fact]
    public async Task Query_for_a_payment_VNPAY_never_saw_or_under_another_date_reports_not_found()
    {
        var (payment, _) = await PaidAsync(fixture);

        var unknown = await fixture.VnPay.QueryAsync(Query(Payment()));
        var otherDate = await fixture.VnPay.QueryAsync(new VnPayQueryOptions { TxnRef = payment.TxnRef, TransactionDate = payment.CreatedAt.AddSeconds(-1) });

        Assert.Equal(VnPayQueryStatus.NotFound, unknown.Status);
        Assert.Equal("91", unknown.ResponseCode);
        Assert.Equal(VnPayQueryStatus.NotFound, otherDate.Status);
    }

    [Fact]
    public async Task Partial_refunds_up_to_the_paid_amount_are_accepted_then_shown_done_by_query_and_one_more_is_refused()
    {
        var (payment, transactionNo) = await PaidAsync(fixture);

        var partial = await fixture.VnPay.RefundAsync(Refund(payment, transactionNo, 50_000));
        var afterPartial = await fixture.VnPay.QueryAsync(Query(payment));
        var rest = await fixture.VnPay.RefundAsync(Refund(payment, transactionNo, 100_000));
        var over = await fixture.VnPay.RefundAsync(Refund(payment, transactionNo, 5_000));
        var afterAll = await fixture.VnPay.QueryAsync(Query(payment));

        Assert.Equal(RefundOutcome.Pending, partial.Outcome);
        Assert.Equal("05", partial.TransactionStatus);
        Assert.NotEqual(transactionNo, partial.TransactionNo);
        Assert.Equal(("03", RefundOutcome.Succeeded, VnPayQueryStatus.Succeeded), (afterPartial.TransactionType, afterPartial.RefundOutcome, afterPartial.Status));
        Assert.Equal(RefundOutcome.Pending, rest.Outcome);
        Assert.Equal(RefundOutcome.Failed, over.Outcome);
        Assert.Equal("93", over.ResponseCode);
        Assert.Equal(RefundOutcome.Succeeded, afterAll.RefundOutcome);
        Assert.Equal(payment.Amount, afterAll.Amount);
    }

    [Fact]
    public async Task Full_refund_is_sent_as_type_02_and_query_shows_it_done()
    {
        var (payment, transactionNo) = await PaidAsync(fixture);

        var full = await fixture.VnPay.RefundAsync(Refund(payment, transactionNo, payment.Amount));
        var after = await fixture.VnPay.QueryAsync(Query(payment));

        Assert.Equal(RefundOutcome.Pending, full.Outcome);
        Assert.Equal("02", after.TransactionType);
        Assert.Equal(RefundOutcome.Succeeded, after.RefundOutcome);
    }

    [Fact]
    public async Task Refund_sent_again_with_the_same_id_gets_the_same_answer_and_refunds_once()
    {
        var (payment, transactionNo) = await PaidAsync(fixture);
        var refund = Refund(payment, transactionNo, payment.Amount);

        var first = await fixture.VnPay.RefundAsync(refund);
        var repeat = await fixture.VnPay.RefundAsync(refund);
        var another = await fixture.VnPay.RefundAsync(Refund(payment, transactionNo, 1_000));

        Assert.Equal(first.TransactionNo, repeat.TransactionNo);
        Assert.Equal(RefundOutcome.Pending, repeat.Outcome);
        Assert.Equal("93", another.ResponseCode);
    }

    [Fact]
    public async Task Refund_of_a_declined_payment_is_refused_with_95()
    {
        var payment = Payment();
        await PayAsync(fixture, payment, SandboxCompletionRequest.Failed);
        var transactionNo = fixture.VnPay.VerifyCallback((await IpnsAsync(fixture, payment.TxnRef))[0]).Notification!.TransactionNo;

        var refund = await fixture.VnPay.RefundAsync(Refund(payment, transactionNo, 10_000));

        Assert.Equal(RefundOutcome.Failed, refund.Outcome);
        Assert.Equal("95", refund.ResponseCode);
    }

    [Fact]
    public async Task IPN_not_answered_00_or_02_is_sent_again_until_confirmed()
    {
        var payment = Payment();
        fixture.Merchant.RefuseNext(payment.TxnRef, times: 2);

        await PayAsync(fixture, payment);
        var ipns = await IpnsAsync(fixture, payment.TxnRef, count: 3);

        Assert.Equal(3, ipns.Count);
        Assert.All(ipns, ipn => Assert.True(fixture.VnPay.VerifyCallback(ipn).IsValid));
    }

    [Fact]
    public async Task Hosted_page_offers_pay_and_decline_and_the_pay_button_redirects_to_the_return_URL_with_a_signed_result()
    {
        var payment = Payment();
        using var opened = await OpenAsync(fixture, fixture.VnPay.CreatePaymentUrl(payment));
        var pageUrl = new Uri(fixture.SandboxUrl, opened.Headers.Location!.OriginalString);

        var page = await fixture.Http.GetStringAsync(pageUrl);
        using var pressed = await fixture.Http.PostAsync(new Uri(pageUrl + "/pay"), null);
        using var again = await fixture.Http.PostAsync(new Uri(pageUrl + "/pay"), null);

        Assert.Equal(new Uri(fixture.SandboxUrl, "/sandbox/vnpay/pay/" + payment.TxnRef), pageUrl);
        Assert.Contains("Thanh toán / Pay", page, StringComparison.Ordinal);
        Assert.Contains("Từ chối / Decline", page, StringComparison.Ordinal);
        Assert.Contains("150.000", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        Assert.True(fixture.VnPay.VerifyCallback(pressed.Headers.Location!.AbsoluteUri).IsValid);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Payment_URL_with_a_tampered_amount_shows_code_97_and_registers_nothing()
    {
        var payment = Payment();
        var url = fixture.VnPay.CreatePaymentUrl(payment).Url.AbsoluteUri.Replace("vnp_Amount=15000000", "vnp_Amount=1500000", StringComparison.Ordinal);

        using var opened = await fixture.Http.GetAsync(new Uri(url));
        var page = await opened.Content.ReadAsStringAsync();
        var status = await fixture.VnPay.QueryAsync(Query(payment));

        Assert.Equal(HttpStatusCode.BadRequest, opened.StatusCode);
        Assert.Contains("Error code: 97", page, StringComparison.Ordinal);
        Assert.Equal(VnPayQueryStatus.NotFound, status.Status);
    }

    [Fact]
    public async Task Payment_URL_signed_without_a_required_field_shows_code_03()
    {
        var link = fixture.VnPay.CreatePaymentUrl(Payment());
        var fields = QueryString.Parse(link.Url.Query).Where(p => p.Key is not ("vnp_IpAddr" or "vnp_SecureHash"));
        var unsigned = VnPayPaymentUrl.Build(link.Url.GetLeftPart(UriPartial.Path), fields, SandboxFixture.VnPayHashSecret);

        using var opened = await fixture.Http.GetAsync(new Uri(unsigned));

        Assert.Equal(HttpStatusCode.BadRequest, opened.StatusCode);
        Assert.Contains("Error code: 03", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Payment_URL_opened_after_it_expired_shows_code_11()
    {
        var payment = Payment();
        var expired = new VnPayPaymentCreateOptions
        {
            TxnRef = payment.TxnRef,
            Amount = payment.Amount,
            OrderInfo = payment.OrderInfo,
            CreatedAt = payment.CreatedAt.AddMinutes(-30),
            ExpiresAt = payment.CreatedAt.AddMinutes(-15),
        };

        using var opened = await OpenAsync(fixture, fixture.VnPay.CreatePaymentUrl(expired));

        Assert.Equal(HttpStatusCode.BadRequest, opened.StatusCode);
        Assert.Contains("Error code: 11", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
