using PayGov.Providers.ZaloPay;

namespace PayGov.Providers.Tests.ZaloPay;

public class ZaloPayCallbackTests
{
    private const string Key2 = "TESTONLYzalopayKey2bbbbbbbbbbbbb";

    private static string SuccessBody() => VectorFile.Load("zalopay.json").Case("callback_success")["inputs"]!.Str("http_body");

    [Fact]
    public void Callback_for_a_canceled_or_expired_attempt_is_recorded_for_review()
    {
        var attempt = new ZaloPayAttemptSnapshot("250314_01JPC4T6V8W0Y1ZP01", 150_000, IsOpen: false, RecordedZpTransId: null);

        var result = ZaloPayCallback.Decide(ZaloPayCallback.Verify(SuccessBody(), [Key2]), 9999, attempt);

        Assert.Equal(ZaloPayCallbackOutcome.LatePayment, result.Outcome);
        Assert.Equal("{\"return_code\":1,\"return_message\":\"recorded for review\"}", result.Answer.ToJson());
    }

    [Fact]
    public void Verifies_with_the_previous_key2_during_rotation()
    {
        Assert.True(ZaloPayCallback.Verify(SuccessBody(), ["TESTONLYnewKey2", Key2]).IsValid);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"mac\":\"00\"}")]
    [InlineData("{\"data\":\"{}\",\"mac\":\"00\",\"type\":2}")]
    public void Unreadable_callback_changes_nothing(string body)
    {
        var result = ZaloPayCallback.Decide(ZaloPayCallback.Verify(body, [Key2]), 9999, null);

        Assert.Equal(-1, result.Answer.ReturnCode);
        Assert.Equal(ZaloPayCallbackOutcome.RejectedPayload, result.Outcome);
    }

    [Fact]
    public void App_trans_id_longer_than_40_characters_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ZaloPayIds.AppTransId(DateTimeOffset.UnixEpoch, new string('A', 34)));
    }

    [Theory]
    [InlineData(1, nameof(ZaloPayStatus.Succeeded))]
    [InlineData(2, nameof(ZaloPayStatus.Failed))]
    [InlineData(3, nameof(ZaloPayStatus.Processing))]
    [InlineData(-403, nameof(ZaloPayStatus.RequestRejected))]
    [InlineData(406, nameof(ZaloPayStatus.RequestRejected))]
    [InlineData(7, nameof(ZaloPayStatus.Unknown))]
    public void Return_codes_map_exhaustively_and_unknown_is_never_success(int code, string expected)
    {
        Assert.Equal(expected, ZaloPayReturnCodes.Classify(code).ToString());
    }
}
