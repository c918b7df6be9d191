using PayGov.Providers.VnPay;

namespace PayGov.Providers.Tests.VnPay;

public class VnPayPaymentUrlTests
{
    private const string Secret = "TESTONLYVNPAYSECRET0000000000001";
    private const string BaseUrl = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html";

    private static VnPayPaymentRequest Basic() => new(
        TmnCode: "PGOVTEST",
        TxnRef: "250314_01JPC4T6V8W0Y1ABCD",
        AmountDong: 150_000,
        OrderInfo: "Nop le phi ho so HS-2025-000123",
        ReturnUrl: "https://pay.paygov.example/pay/return/vnpay/pa_01JPC4T6V8W0",
        IpAddress: "203.0.113.45",
        CreatedAt: new DateTimeOffset(2025, 3, 14, 2, 26, 53, TimeSpan.Zero),
        ExpiresAt: new DateTimeOffset(2025, 3, 14, 2, 41, 53, TimeSpan.Zero));

    [Fact]
    public void Typed_request_in_dong_and_utc_reproduces_the_pay_url_basic_vector()
    {
        var expected = VectorFile.Load("vnpay.json").Case("pay_url_basic")["expected"]!.Str("payment_url");

        var url = VnPayPaymentUrl.Build(BaseUrl, Basic(), Secret);

        Assert.Equal(expected, url);
    }

    [Fact]
    public void Vietnamese_order_info_is_sanitised_before_signing()
    {
        var expected = VectorFile.Load("vnpay.json").Case("order_info_sanitised_from_vietnamese")["expected"]!.Str("payment_url");
        var request = Basic() with
        {
            TxnRef = "250314_01JPC4T6V8W0Y1ABCF",
            OrderInfo = "Nộp lệ phí cấp Căn cước — hồ sơ số 000.25.31.H29-250314-0001 (Đợt 1)",
        };

        Assert.Equal(expected, VnPayPaymentUrl.Build(BaseUrl, request, Secret));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Non_positive_amount_is_refused(long amount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VnPayPaymentUrl.Build(BaseUrl, Basic() with { AmountDong = amount }, Secret));
    }

    [Theory]
    [InlineData("15000050")]
    [InlineData("0")]
    [InlineData("1.5E7")]
    [InlineData("")]
    public void Ipn_amount_that_is_not_whole_dong_is_refused_not_rounded(string wire)
    {
        Assert.False(VnPayAmount.TryFromWire(wire, out _));
    }

    [Fact]
    public void Ipn_verifies_with_a_rotated_out_secret_still_in_the_list()
    {
        var query = VectorFile.Load("vnpay.json").Case("ipn_success")["inputs"]!.Str("query_string");

        var verification = VnPayCallback.Verify(query, ["TESTONLYVNPAYSECRET0000000000002", Secret]);

        Assert.True(verification.IsValid);
        Assert.Equal(150_000, verification.Notification.AmountDong);
    }

    [Fact]
    public void Empty_value_signed_the_php_way_is_accepted_on_the_second_try()
    {
        var parameters = new Dictionary<string, string>
        {
            ["vnp_Amount"] = "15000000",
            ["vnp_BankTranNo"] = string.Empty,
            ["vnp_TxnRef"] = "250314_01JPC4T6V8W0Y1ABCD",
        };
        parameters["vnp_SecureHash"] = VnPaySignature.Sign("vnp_Amount=15000000&vnp_BankTranNo=&vnp_TxnRef=250314_01JPC4T6V8W0Y1ABCD", Secret);

        Assert.True(VnPayCallback.Verify(parameters, [Secret]).IsValid);
    }

    [Fact]
    public void Repeated_parameter_fails_verification()
    {
        var query = VectorFile.Load("vnpay.json").Case("ipn_success")["inputs"]!.Str("query_string") + "&vnp_Amount=1";

        Assert.False(VnPayCallback.Verify(query, [Secret]).IsValid);
    }

    [Theory]
    [InlineData("00", "00", VnPayPaymentResult.Succeeded)]
    [InlineData("07", "00", VnPayPaymentResult.UnderReview)]
    [InlineData("00", "07", VnPayPaymentResult.UnderReview)]
    [InlineData("24", "02", VnPayPaymentResult.Declined)]
    [InlineData("42", "02", VnPayPaymentResult.Unknown)]
    public void Payment_codes_map_exhaustively(string responseCode, string status, VnPayPaymentResult expected)
    {
        Assert.Equal(expected, VnPayCodes.PaymentResult(responseCode, status));
    }
}
