using System.Text.Json;
using System.Text.Json.Nodes;
using PayGov.Providers.VnPay;

namespace PayGov.Providers.Tests.VnPay;

public class VnPayVectorTests
{
    public static readonly string[] Operations =
    [
        "build_payment_url", "sanitize_order_info_then_build_payment_url", "encoding_pitfalls", "verify_ipn",
        "verify_return_url", "sign_querydr_request", "verify_querydr_response", "sign_refund_request",
        "verify_refund_response",
    ];

    private static readonly VectorFile File = VectorFile.Load("vnpay.json");

    public static TheoryData<string> PaymentUrlCases => File.NamesFor("build_payment_url", "sanitize_order_info_then_build_payment_url");

    public static TheoryData<string> PitfallCases => File.NamesFor("encoding_pitfalls");

    public static TheoryData<string> IpnCases => File.NamesFor("verify_ipn");

    public static TheoryData<string> ReturnUrlCases => File.NamesFor("verify_return_url");

    public static TheoryData<string> QueryDrRequestCases => File.NamesFor("sign_querydr_request");

    public static TheoryData<string> QueryDrResponseCases => File.NamesFor("verify_querydr_response");

    public static TheoryData<string> RefundRequestCases => File.NamesFor("sign_refund_request");

    public static TheoryData<string> RefundResponseCases => File.NamesFor("verify_refund_response");

    [Theory]
    [MemberData(nameof(PaymentUrlCases))]
    public void Payment_url(string name)
    {
        var (inputs, expected) = Load(name);
        var parameters = inputs["params"]!.StringMap();
        var secret = inputs.Str("hash_secret");
        if (expected["order_info_sanitised"] is { } sanitised)
        {
            parameters["vnp_OrderInfo"] = VnPayOrderInfo.Sanitize(parameters["vnp_OrderInfo"]);
            Assert.Equal(sanitised.GetValue<string>(), parameters["vnp_OrderInfo"]);
        }

        var hashData = VnPaySignature.BuildHashData(parameters);
        var url = VnPayPaymentUrl.Build(inputs.Str("base_url"), parameters, secret);

        if (expected["sorted_keys"] is { } sortedKeys)
        {
            Assert.Equal(sortedKeys.AsArray().Select(k => k!.GetValue<string>()), parameters.Keys.Order(StringComparer.Ordinal));
        }

        Assert.Equal(expected.Str("hash_data"), hashData);
        Assert.Equal(expected.Str("vnp_SecureHash"), VnPaySignature.Sign(hashData, secret));
        Assert.Equal(expected.Str("payment_url"), url);
    }

    [Theory]
    [MemberData(nameof(PitfallCases))]
    public void Encoding_pitfalls_give_hashes_that_do_not_verify(string name)
    {
        var (inputs, expected) = Load(name);
        var parameters = inputs["params"]!.StringMap();
        var secret = inputs.Str("hash_secret");

        var hashData = VnPaySignature.BuildHashData(parameters);

        Assert.Equal(expected.Str("correct_hash_data"), hashData);
        Assert.Equal(expected.Str("correct_vnp_SecureHash"), VnPaySignature.Sign(hashData, secret));
        Assert.Equal("both wrong", expected.Str("verdict"));
        foreach (var (wrongData, wrongHash) in new[] { ("lowercase_hex_hash_data", "lowercase_hex_hash"), ("unsorted_hash_data", "unsorted_hash") })
        {
            Assert.NotEqual(hashData, expected.Str(wrongData));
            Assert.Equal(expected.Str(wrongHash), VnPaySignature.Sign(expected.Str(wrongData), secret));
            var signedWrongly = new Dictionary<string, string>(parameters) { ["vnp_SecureHash"] = expected.Str(wrongHash) };
            Assert.False(VnPayCallback.Verify(signedWrongly, [secret]).IsValid);
        }
    }

    [Theory]
    [MemberData(nameof(IpnCases))]
    public void Ipn(string name)
    {
        var (inputs, expected) = Load(name);
        var secret = inputs.Str("hash_secret");
        var decoded = QueryString.Parse(inputs.Str("query_string"));
        var order = inputs["merchant_order"];
        var attempt = order is null
            ? null
            : new VnPayAttemptSnapshot(order.Str("txn_ref"), order["amount_vnd"]!.GetValue<long>(), order.Str("status") == "pending");

        var hashData = VnPaySignature.BuildHashData(decoded);
        var verification = VnPayCallback.Verify(inputs.Str("query_string"), [secret]);
        var result = VnPayIpn.Decide(verification, "PGOVTEST", attempt);

        Assert.Equal(expected["params_decoded"]!.StringMap(), QueryString.ToUniqueMap(decoded));
        Assert.Equal(expected.Str("hash_data"), hashData);
        Assert.Equal(expected.Str("computed_hash"), VnPaySignature.Sign(hashData, secret));
        Assert.Equal(expected["signature_valid"]!.GetValue<bool>(), verification.IsValid);
        Assert.Equal(expected["ipn_response"]!.StringMap(), new Dictionary<string, string> { ["RspCode"] = result.Answer.RspCode, ["Message"] = result.Answer.Message });
        Assert.True(JsonNode.DeepEquals(expected["ipn_response"], JsonNode.Parse(result.Answer.ToJson())));
        Assert.Equal(expected.Str("payment_outcome"), WireName(result.Outcome));
    }

    [Theory]
    [MemberData(nameof(ReturnUrlCases))]
    public void Return_url(string name)
    {
        var (inputs, expected) = Load(name);
        var secret = inputs.Str("hash_secret");
        var parameters = inputs["return_url"] is { } url ? QueryString.Parse(url.GetValue<string>()) : [.. inputs["params"]!.StringMap()];

        var hashData = VnPaySignature.BuildHashData(parameters);
        var verification = VnPayCallback.Verify(parameters, [secret]);

        Assert.Equal(expected.Str("hash_data"), hashData);
        Assert.Equal(expected.Str("computed_hash"), VnPaySignature.Sign(hashData, secret));
        Assert.Equal(expected["signature_valid"]!.GetValue<bool>(), verification.IsValid);
        if (expected["display"] is { } display)
        {
            Assert.Equal("success", display.GetValue<string>());
            Assert.Equal(VnPayPaymentResult.Succeeded, verification.Notification!.Result);
        }

        // The Return URL is display only: VnPayCallback verifies and reads, it has no recording outcome (vnpay.md §4).
        if (expected["state_change"] is { } stateChange)
        {
            Assert.False(stateChange.GetValue<bool>());
        }
    }

    [Theory]
    [MemberData(nameof(QueryDrRequestCases))]
    public void Querydr_request(string name)
    {
        var (inputs, expected) = Load(name);
        var fields = inputs["fields"]!.StringMap();
        var secret = inputs.Str("hash_secret");

        var data = VnPayApi.QueryDrRequestData(fields);
        var body = VnPayApi.SignQueryDr(fields, secret);

        Assert.Equal(expected.Str("data"), data);
        Assert.Equal(expected.Str("vnp_SecureHash"), body["vnp_SecureHash"]);
        Assert.Equal(expected["body"]!.StringMap(), body);
    }

    [Theory]
    [MemberData(nameof(QueryDrResponseCases))]
    public void Querydr_response(string name)
    {
        var (inputs, expected) = Load(name);
        var response = inputs["response"]!.StringMap();
        var secret = inputs.Str("hash_secret");

        var data = VnPayApi.QueryDrResponseData(response);
        var status = Read(() => WireName(VnPayApi.ReadQueryDrResponse(response, [secret])));

        Assert.Equal(expected.Str("data"), data);
        Assert.Equal(expected.Str("computed_hash"), VnPaySignature.Sign(data, secret));
        Assert.Equal(expected["signature_valid"]!.GetValue<bool>(), status.SignatureValid);
        Assert.Equal(expected.Str("payment_status"), status.Value);
    }

    [Theory]
    [MemberData(nameof(RefundRequestCases))]
    public void Refund_request(string name)
    {
        var (inputs, expected) = Load(name);
        var fields = inputs["fields"]!.StringMap();
        var secret = inputs.Str("hash_secret");

        var data = VnPayApi.RefundRequestData(fields);
        var body = VnPayApi.SignRefund(fields, secret);

        Assert.Equal(expected.Str("data"), data);
        Assert.Equal(expected.Str("vnp_SecureHash"), body["vnp_SecureHash"]);
        if (expected["body"] is { } expectedBody)
        {
            Assert.Equal(expectedBody.StringMap(), body);
        }
    }

    [Theory]
    [MemberData(nameof(RefundResponseCases))]
    public void Refund_response(string name)
    {
        var (inputs, expected) = Load(name);
        var response = inputs["response"]!.StringMap();
        var secret = inputs.Str("hash_secret");

        var data = VnPayApi.RefundResponseData(response);
        var status = Read(() => WireName(VnPayApi.ReadRefundResponse(response, [secret])));

        Assert.Equal(expected.Str("data"), data);
        Assert.Equal(expected.Str("computed_hash"), VnPaySignature.Sign(data, secret));
        Assert.Equal(expected["signature_valid"]!.GetValue<bool>(), status.SignatureValid);
        Assert.Equal(expected.Str("refund_status"), status.Value);
    }

    private static (JsonNode Inputs, JsonNode Expected) Load(string name)
    {
        var c = File.Case(name);
        return (c["inputs"]!, c["expected"]!);
    }

    /// <summary>A response whose signature fails is a failed call; the vectors call that status <c>unknown_treat_as_error</c>.</summary>
    private static (bool SignatureValid, string Value) Read(Func<string> read)
    {
        try
        {
            return (true, read());
        }
        catch (SignatureVerificationException e)
        {
            Assert.Equal(ProviderId.VnPay, e.ProviderId);
            return (false, "unknown_treat_as_error");
        }
    }

    private static string WireName(VnPayIpnOutcome outcome) => outcome switch
    {
        VnPayIpnOutcome.RejectedSignature => "rejected_signature",
        VnPayIpnOutcome.UnknownOrder => "unknown_order",
        VnPayIpnOutcome.RejectedAmount => "rejected_amount",
        VnPayIpnOutcome.Duplicate => "duplicate",
        VnPayIpnOutcome.Succeeded => "succeeded",
        VnPayIpnOutcome.UnderReview => "under_review",
        VnPayIpnOutcome.Declined => "declined",
        VnPayIpnOutcome.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    private static string WireName(VnPayQueryStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    private static string WireName(VnPayRefundStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());
}
