using System.Net.Http.Json;
using PayGov.Providers.MoMo;
using PayGov.Reconciliation.Model;

namespace PayGov.Providers.Sandbox.Tests.MoMo;

/// <summary>The MoMo sandbox's daily settlement file, read by the same reader reconciliation uses (formats/momo.md).</summary>
[Collection(SandboxCollection.Name)]
public sealed class MoMoSettlementTests(SandboxFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.ResetFaultsAsync("momo");

    private static MoMoPaymentCreateOptions Payment(long amount) => new()
    {
        OrderId = MerchantReference.Create(TimeProvider.System.GetUtcNow()),
        Amount = amount,
        OrderInfo = "Nộp lệ phí hộ tịch - hồ sơ 000.00.12.H29",
        ExtraData = string.Empty,
    };

    /// <summary>Pays or declines an order through the hosted page's helper; returns its verified IPN.</summary>
    private async Task<MoMoNotification> CompleteAsync(long amount, string outcome)
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment(amount));
        using (var response = await fixture.Http.PostAsJsonAsync(new Uri(fixture.SandboxUrl, "/sandbox/momo/pay/" + payment.OrderId + "/complete"), new SandboxCompletionRequest(outcome)))
        {
            response.EnsureSuccessStatusCode();
        }

        var ipn = await Eventually.ReturnsAsync(() => fixture.Merchant.BodiesFor("momo", payment.OrderId) is [var first, ..] ? first : null);
        return MoMoCallback.VerifyIpn(ipn, SandboxFixture.MoMoAccessKey, [SandboxFixture.MoMoSecretKey]).Notification!;
    }

    [Fact]
    public async Task Settlement_file_lists_the_days_payments_and_refunds_and_parses_with_its_checks()
    {
        var paid = await CompleteAsync(150_000, SandboxCompletionRequest.Succeeded);
        var declined = await CompleteAsync(50_000, SandboxCompletionRequest.Failed);
        var refundId = MerchantReference.Create(TimeProvider.System.GetUtcNow());
        var refund = await fixture.MoMo.RefundAsync(new() { RefundId = refundId, TransId = paid.TransId, Amount = 40_000, Description = "Hoàn lệ phí nộp thừa" });
        var refundDay = SettlementFiles.DayOf(TimeProvider.System.GetUtcNow());
        var day = SettlementFiles.DayOfUnixMilliseconds(paid.ResponseTime);

        var file = await SettlementFiles.FetchAsync(fixture, PaymentChannel.MoMo, day);
        var refundFile = refundDay == day ? file : await SettlementFiles.FetchAsync(fixture, PaymentChannel.MoMo, refundDay);

        var payment = Assert.Single(file.Lines, l => l.MerchantReference == paid.OrderId);
        var failed = Assert.Single(file.Lines, l => l.MerchantReference == declined.OrderId);
        var refunded = Assert.Single(refundFile.Lines, l => l.RefundReference == refundId);
        Assert.Equal(day, file.Reader.ReportDay);
        Assert.Equal($"momo_{day:yyyyMMdd}.csv", file.Reader.FileName);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file.Content[..3]);
        Assert.Equal("text/csv", file.MediaType);
        Assert.Equal((SettlementLineKind.Payment, paid.TransId.ToString(System.Globalization.CultureInfo.InvariantCulture), 150_000L, 2_250L, 147_750L, true), (payment.Kind, payment.ProviderTxnId, payment.Gross, payment.Fee, payment.Net, payment.Success));
        Assert.Equal(paid.ResponseTime / 1_000, payment.Time.ToUnixTimeSeconds());
        Assert.Equal((50_000L, 0L, 0L, false), (failed.Gross, failed.Fee, failed.Net, failed.Success));
        Assert.Equal(
            (SettlementLineKind.Refund, refund.TransId.ToString(System.Globalization.CultureInfo.InvariantCulture), payment.ProviderTxnId, 40_000L, 0L, -40_000L, true),
            (refunded.Kind, refunded.ProviderTxnId, refunded.OriginalProviderTxnId, refunded.Gross, refunded.Fee, refunded.Net, refunded.Success));
        Assert.Equal(($"MM{day:yyyyMMdd}001", day.AddDays(1)), (payment.PayoutBatchId, payment.PayoutDate));
    }

    [Fact]
    public async Task The_next_days_file_advises_the_payout_of_the_days_batch_at_its_net()
    {
        var paid = await CompleteAsync(120_000, SandboxCompletionRequest.Succeeded);
        var day = SettlementFiles.DayOfUnixMilliseconds(paid.ResponseTime);

        var file = await SettlementFiles.FetchAsync(fixture, PaymentChannel.MoMo, day);
        var next = await SettlementFiles.FetchAsync(fixture, PaymentChannel.MoMo, day.AddDays(1));

        SettlementFiles.AssertPayoutOf(file, next, account: null);
    }

    [Fact]
    public async Task Missing_settlement_line_fault_leaves_out_the_first_settled_payment_of_the_day()
    {
        var paid = await CompleteAsync(150_000, SandboxCompletionRequest.Succeeded);
        var day = SettlementFiles.DayOfUnixMilliseconds(paid.ResponseTime);
        var complete = await SettlementFiles.FetchAsync(fixture, PaymentChannel.MoMo, day);

        await fixture.SetFaultsAsync("momo", new SandboxFaults(MissingSettlementLine: true));
        var missing = await SettlementFiles.FetchAsync(fixture, PaymentChannel.MoMo, day);

        SettlementFiles.AssertFirstPaymentLeftOut(complete, missing);
    }
}
