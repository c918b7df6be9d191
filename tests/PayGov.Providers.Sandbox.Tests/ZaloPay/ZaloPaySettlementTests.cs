using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using PayGov.Providers.ZaloPay;
using PayGov.Reconciliation.Model;

namespace PayGov.Providers.Sandbox.Tests.ZaloPay;

/// <summary>The ZaloPay sandbox's daily settlement file, read by the same reader reconciliation uses (formats/zalopay.md).</summary>
[Collection(SandboxCollection.Name)]
public sealed class ZaloPaySettlementTests(SandboxFixture fixture) : IAsyncLifetime
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.ResetFaultsAsync("zalopay");

    /// <summary>Pays an order through the hosted page's helper; returns its verified callback's data.</summary>
    private async Task<ZaloPayCallbackData> PaidAsync(long amount)
    {
        var options = new ZaloPayOrderCreateOptions
        {
            AppTransId = MerchantReference.Create(Now),
            AppUser = "dichvucong_portal_01",
            Amount = amount,
            Description = "PayGov - Thanh toán lệ phí",
            ItemJson = "[]",
            IntentId = "pi_01JPC4T6V8W0",
        };
        await fixture.ZaloPay.CreateOrderAsync(options);
        using (var response = await fixture.Http.PostAsJsonAsync(new Uri(fixture.SandboxUrl, "/sandbox/zalopay/pay/" + options.AppTransId + "/complete"), new SandboxCompletionRequest(SandboxCompletionRequest.Succeeded)))
        {
            response.EnsureSuccessStatusCode();
        }

        var callback = await Eventually.ReturnsAsync(() => fixture.Merchant.BodiesFor("zalopay", options.AppTransId) is [var first, ..] ? first : null);
        return ZaloPayCallback.Verify(callback, [SandboxFixture.ZaloPayKey2]).Data!;
    }

    [Fact]
    public async Task Settlement_file_lists_the_days_payments_and_settled_refunds_and_parses_with_its_trailer_checked()
    {
        var paid = await PaidAsync(150_000);
        var pendingRefund = await fixture.ZaloPay.RefundAsync(new() { MRefundId = ZaloPayIds.RefundId(Now, SandboxFixture.ZaloPayAppId, MerchantReference.Create(Now)[7..]), ZpTransId = paid.ZpTransId, Amount = 40_000, Description = "Hoàn lệ phí nộp thừa" });
        var day = SettlementFiles.DayOfUnixMilliseconds(paid.ServerTime);
        var beforeSettling = await SettlementFiles.FetchAsync(fixture, PaymentChannel.ZaloPay, day);
        var settled = await fixture.ZaloPay.QueryRefundAsync(pendingRefund.MRefundId);
        var refundDay = SettlementFiles.DayOf(Now);

        var file = await SettlementFiles.FetchAsync(fixture, PaymentChannel.ZaloPay, day);
        var refundFile = refundDay == day ? file : await SettlementFiles.FetchAsync(fixture, PaymentChannel.ZaloPay, refundDay);

        var payment = Assert.Single(file.Lines, l => l.MerchantReference == paid.AppTransId && l.Kind == SettlementLineKind.Payment);
        var refunded = Assert.Single(refundFile.Lines, l => l.RefundReference == pendingRefund.MRefundId);
        Assert.DoesNotContain(beforeSettling.Lines, l => l.RefundReference == pendingRefund.MRefundId);
        Assert.Equal(RefundOutcome.Succeeded, settled.Outcome);
        Assert.Equal(day, file.Reader.ReportDay);
        Assert.Equal($"zalopay_{day:yyyyMMdd}.csv", file.Reader.FileName);
        Assert.Equal("text/csv", file.MediaType);
        Assert.DoesNotContain((byte)'\r', file.Content);
        Assert.StartsWith($"H|{SandboxFixture.ZaloPayAppId}|{day:yyyyMMdd}|", Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
        Assert.Equal(
            (paid.ZpTransId.ToString(CultureInfo.InvariantCulture), paid.ServerTime, 150_000L, 1_500L, 148_500L, true),
            (payment.ProviderTxnId, payment.Time.ToUnixTimeMilliseconds(), payment.Gross, payment.Fee, payment.Net, payment.Success));
        Assert.Equal(
            (SettlementLineKind.Refund, settled.RefundId?.ToString(CultureInfo.InvariantCulture), paid.AppTransId, 40_000L, 0L, -40_000L, true),
            (refunded.Kind, refunded.ProviderTxnId, refunded.MerchantReference, refunded.Gross, refunded.Fee, refunded.Net, refunded.Success));
        Assert.Equal(($"ZP{day:yyMMdd}S{SandboxFixture.ZaloPayAppId}", day.AddDays(1)), (payment.PayoutBatchId, payment.PayoutDate));
    }

    [Fact]
    public async Task The_next_days_file_advises_the_payout_of_the_days_batch_at_its_net()
    {
        var paid = await PaidAsync(120_000);
        var day = SettlementFiles.DayOfUnixMilliseconds(paid.ServerTime);

        var file = await SettlementFiles.FetchAsync(fixture, PaymentChannel.ZaloPay, day);
        var next = await SettlementFiles.FetchAsync(fixture, PaymentChannel.ZaloPay, day.AddDays(1));

        SettlementFiles.AssertPayoutOf(file, next, SandboxFixture.BankAccount);
    }

    [Fact]
    public async Task Missing_settlement_line_fault_leaves_out_the_first_settled_payment_of_the_day_and_the_trailer_still_adds_up()
    {
        var paid = await PaidAsync(150_000);
        var day = SettlementFiles.DayOfUnixMilliseconds(paid.ServerTime);
        var complete = await SettlementFiles.FetchAsync(fixture, PaymentChannel.ZaloPay, day);

        await fixture.SetFaultsAsync("zalopay", new SandboxFaults(MissingSettlementLine: true));
        var missing = await SettlementFiles.FetchAsync(fixture, PaymentChannel.ZaloPay, day);

        SettlementFiles.AssertFirstPaymentLeftOut(complete, missing);
    }
}
