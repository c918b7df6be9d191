using System.Globalization;
using PayGov.Providers.VnPay;
using PayGov.Reconciliation.Model;
using static PayGov.Providers.Sandbox.Tests.VnPay.VnPaySteps;

namespace PayGov.Providers.Sandbox.Tests.VnPay;

/// <summary>The VNPAY sandbox's daily settlement file, read by the same reader reconciliation uses (formats/vnpay.md).</summary>
[Collection(SandboxCollection.Name)]
public sealed class VnPaySettlementTests(SandboxFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.ResetFaultsAsync("vnpay");

    /// <summary>The business day (GMT+7) VNPAY booked a payment on, read from its IPN's <c>vnp_PayDate</c>.</summary>
    private async Task<DateOnly> PayDayAsync(VnPayPaymentCreateOptions payment)
    {
        var payDate = fixture.VnPay.VerifyCallback((await IpnsAsync(fixture, payment.TxnRef))[0]).Notification!.PayDate;
        return DateOnly.ParseExact(payDate[..8], "yyyyMMdd", CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Settlement_file_lists_the_days_payments_and_refunds_and_parses_with_its_totals_checked()
    {
        var (paid, transactionNo) = await PaidAsync(fixture);
        var declined = Payment(50_000);
        await PayAsync(fixture, declined, SandboxCompletionRequest.Failed);
        var refund = Refund(paid, transactionNo, 40_000);
        await fixture.VnPay.RefundAsync(refund);
        var refundDay = SettlementFiles.DayOf(Now);
        var day = await PayDayAsync(paid);

        var file = await SettlementFiles.FetchAsync(fixture, PaymentChannel.VnPay, day);
        var refundFile = refundDay == day ? file : await SettlementFiles.FetchAsync(fixture, PaymentChannel.VnPay, refundDay);

        var payment = Assert.Single(file.Lines, l => l.MerchantReference == paid.TxnRef && l.Kind == SettlementLineKind.Payment);
        var failed = Assert.Single(file.Lines, l => l.MerchantReference == declined.TxnRef);
        var refunded = Assert.Single(refundFile.Lines, l => l.RefundReference == refund.RefundId);
        Assert.Equal(day, file.Reader.ReportDay);
        Assert.Equal("vnpay_" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".csv", file.Reader.FileName);
        Assert.Equal("text/csv", file.MediaType);
        Assert.Equal((transactionNo, 150_000L, 1_650L, 148_350L, true), (payment.ProviderTxnId, payment.Gross, payment.Fee, payment.Net, payment.Success));
        Assert.Equal((50_000L, 0L, 0L, false), (failed.Gross, failed.Fee, failed.Net, failed.Success));
        Assert.Equal((SettlementLineKind.Refund, paid.TxnRef, 40_000L, -40_000L, true), (refunded.Kind, refunded.MerchantReference, refunded.Gross, refunded.Net, refunded.Success));
        Assert.Equal("VNP" + day.ToString("yyMMdd", CultureInfo.InvariantCulture) + "01", payment.PayoutBatchId);
        Assert.Equal(day.AddDays(1), payment.PayoutDate);
    }

    [Fact]
    public async Task The_next_days_file_advises_the_payout_of_the_days_batch_at_its_net()
    {
        var (paid, _) = await PaidAsync(fixture);
        var day = await PayDayAsync(paid);

        var file = await SettlementFiles.FetchAsync(fixture, PaymentChannel.VnPay, day);
        var next = await SettlementFiles.FetchAsync(fixture, PaymentChannel.VnPay, day.AddDays(1));

        SettlementFiles.AssertPayoutOf(file, next, SandboxFixture.BankAccount);
    }

    [Fact]
    public async Task Missing_settlement_line_fault_leaves_out_the_first_settled_payment_of_the_day_and_the_file_still_adds_up()
    {
        var (paid, _) = await PaidAsync(fixture);
        var day = await PayDayAsync(paid);
        var complete = await SettlementFiles.FetchAsync(fixture, PaymentChannel.VnPay, day);

        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(MissingSettlementLine: true));
        var missing = await SettlementFiles.FetchAsync(fixture, PaymentChannel.VnPay, day);

        SettlementFiles.AssertFirstPaymentLeftOut(complete, missing);
    }
}
