using PayGov.Providers.MoMo;

namespace PayGov.Providers.Tests.MoMo;

public class MoMoCallbackTests
{
    private const string AccessKey = "TESTONLYaccess01";
    private const string Secret = "TESTONLYmomoSecretKey00000000001";

    [Fact]
    public void Redirect_whose_base64_plus_arrived_unencoded_fails_because_plus_means_space()
    {
        var url = VectorFile.Load("momo.json").Case("redirect_verify")["inputs"]!.Str("redirect_url").Replace("%2B", "+", StringComparison.Ordinal);

        Assert.False(MoMoCallback.VerifyRedirect(url, AccessKey, [Secret]).IsValid);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"partnerCode\":\"MOMOPGOVTEST01\"}")]
    public void Malformed_ipn_is_answered_400_payload_invalid(string body)
    {
        var result = MoMoIpn.Decide(MoMoCallback.VerifyIpn(body, AccessKey, [Secret]), "MOMOPGOVTEST01", null);

        Assert.Equal(400, result.HttpStatus);
        Assert.Equal(MoMoIpn.PayloadInvalidCode, result.ProblemCode);
    }

    [Fact]
    public void Ipn_for_an_unknown_order_is_recorded_and_acknowledged()
    {
        var body = VectorFile.Load("momo.json").Case("ipn_success")["inputs"]!.Str("http_body");

        var result = MoMoIpn.Decide(MoMoCallback.VerifyIpn(body, AccessKey, [Secret]), "MOMOPGOVTEST01", null);

        Assert.Equal(204, result.HttpStatus);
        Assert.Equal(MoMoIpnOutcome.UnknownOrder, result.Outcome);
    }

    [Theory]
    [InlineData(0, MoMoPaymentStatus.Succeeded)]
    [InlineData(1000, MoMoPaymentStatus.Pending)]
    [InlineData(7002, MoMoPaymentStatus.Pending)]
    [InlineData(1006, MoMoPaymentStatus.Declined)]
    [InlineData(4100, MoMoPaymentStatus.Declined)]
    [InlineData(123456, MoMoPaymentStatus.Unknown)]
    [InlineData(-1, MoMoPaymentStatus.Unknown)]
    public void Result_codes_map_exhaustively_and_unknown_is_never_success(int code, MoMoPaymentStatus expected)
    {
        Assert.Equal(expected, MoMoResultCodes.Classify(code));
    }
}
