using System.Net;
using System.Text;
using PayGov.Reconciliation.Model;

namespace PayGov.Providers.Sandbox.Tests;

/// <summary>What every sandbox's <c>GET …/settlements/{yyyy-MM-dd}</c> answers for a quiet day and for a day that is not one.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SettlementDayTests(SandboxFixture fixture)
{
    /// <summary>Each layout's empty report: VNPAY title, header and a zero <c>TONG</c>; MoMo title and header; ZaloPay <c>H</c> and a zero <c>T</c>.</summary>
    [Theory]
    [InlineData(PaymentChannel.VnPay, "\r\nTONG,0,0,0,0,0\r\n")]
    [InlineData(PaymentChannel.MoMo, "Trạng thái;Mã đợt thanh toán;Ngày thanh toán\r\n")]
    [InlineData(PaymentChannel.ZaloPay, "|1\nT|0|0|0|0|0\n")]
    public async Task A_day_without_transactions_is_the_layouts_empty_report_not_a_404(PaymentChannel provider, string ending)
    {
        var quiet = new DateOnly(2001, 1, 1);

        var file = await SettlementFiles.FetchAsync(fixture, provider, quiet);

        Assert.Empty(file.Lines);
        Assert.Equal(quiet, file.Reader.ReportDay);
        Assert.EndsWith(ending, Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vnpay", "2025-13-01")]
    [InlineData("momo", "14-03-2025")]
    [InlineData("zalopay", "20250314")]
    public async Task A_malformed_day_is_a_bad_request(string provider, string day)
    {
        using var response = await fixture.Http.GetAsync(new Uri(fixture.SandboxUrl, $"/sandbox/{provider}/settlements/{day}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
