using System.Globalization;
using System.Net;
using PayGov.Providers.VnPay;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Parsing;
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

    private async Task<(VnPayReportReader Reader, List<SettlementLine> Lines, HttpResponseMessage Response)> SettlementAsync(DateOnly day)
    {
        var response = await fixture.Http.GetAsync(new Uri(fixture.SandboxUrl, "/sandbox/vnpay/settlements/" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        response.EnsureSuccessStatusCode();
        var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var reader = new VnPayReportReader(stream, response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!);
        return (reader, reader.ReadLines().ToList(), response);
    }

    [Fact]
    public async Task Settlement_file_lists_the_days_payments_and_refunds_and_parses_with_its_totals_checked()
    {
        var (paid, transactionNo) = await PaidAsync(fixture);
        var declined = Payment(50_000);
        await PayAsync(fixture, declined, SandboxCompletionRequest.Failed);
        var refund = Refund(paid, transactionNo, 40_000);
        await fixture.VnPay.RefundAsync(refund);
        var day = await PayDayAsync(paid);

        var (reader, lines, response) = await SettlementAsync(day);
        using (response)
        {
            var payment = Assert.Single(lines, l => l.MerchantReference == paid.TxnRef && l.Kind == SettlementLineKind.Payment);
            var failed = Assert.Single(lines, l => l.MerchantReference == declined.TxnRef);
            var refunded = Assert.Single(lines, l => l.RefundReference == refund.RefundId);

            Assert.Equal(day, reader.ReportDay);
            Assert.Equal("vnpay_" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".csv", reader.FileName);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal((transactionNo, 150_000L, 1_650L, 148_350L, true), (payment.ProviderTxnId, payment.Gross, payment.Fee, payment.Net, payment.Success));
            Assert.Equal((50_000L, 0L, 0L, false), (failed.Gross, failed.Fee, failed.Net, failed.Success));
            Assert.Equal((SettlementLineKind.Refund, paid.TxnRef, 40_000L, -40_000L, true), (refunded.Kind, refunded.MerchantReference, refunded.Gross, refunded.Net, refunded.Success));
            Assert.Equal("VNP" + day.ToString("yyMMdd", CultureInfo.InvariantCulture) + "01", payment.PayoutBatchId);
            Assert.Equal(day.AddDays(1), payment.PayoutDate);
        }
    }

    [Fact]
    public async Task Missing_settlement_line_fault_leaves_out_the_first_settled_payment_of_the_day_and_the_file_still_adds_up()
    {
        var (paid, _) = await PaidAsync(fixture);
        var day = await PayDayAsync(paid);
        var (_, complete, completeResponse) = await SettlementAsync(day);
        completeResponse.Dispose();
        var first = complete.First(l => l.Kind == SettlementLineKind.Payment && l.Success);

        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(MissingSettlementLine: true));
        var (_, missing, missingResponse) = await SettlementAsync(day);
        missingResponse.Dispose();

        Assert.DoesNotContain(missing, l => l.ProviderTxnId == first.ProviderTxnId);
        Assert.Equal(complete.Count(l => l.Kind != SettlementLineKind.Payout) - 1, missing.Count(l => l.Kind != SettlementLineKind.Payout));
    }

    [Fact]
    public async Task Settlement_file_of_a_day_without_transactions_has_only_its_title_header_and_zero_footer()
    {
        var (_, lines, response) = await SettlementAsync(new DateOnly(2001, 1, 1));
        using (response)
        {
            Assert.Empty(lines);
        }
    }

    [Fact]
    public async Task Settlement_for_a_malformed_day_is_a_bad_request()
    {
        using var response = await fixture.Http.GetAsync(new Uri(fixture.SandboxUrl, "/sandbox/vnpay/settlements/2025-13-01"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
