using System.Text.Json;
using System.Text.Json.Nodes;
using PayGov.Providers.ZaloPay;

namespace PayGov.Providers.Tests.ZaloPay;

public class ZaloPayVectorTests
{
    public static readonly string[] Operations =
    [
        "sign_create_order", "app_trans_id_prefix", "verify_callback", "sign_query", "sign_refund",
        "sign_query_refund", "verify_redirect",
    ];

    private static readonly VectorFile File = VectorFile.Load("zalopay.json");

    public static TheoryData<string> CreateCases => File.NamesFor("sign_create_order");

    public static TheoryData<string> PrefixCases => File.NamesFor("app_trans_id_prefix");

    public static TheoryData<string> CallbackCases => File.NamesFor("verify_callback");

    public static TheoryData<string> QueryCases => File.NamesFor("sign_query");

    public static TheoryData<string> RefundCases => File.NamesFor("sign_refund");

    public static TheoryData<string> QueryRefundCases => File.NamesFor("sign_query_refund");

    public static TheoryData<string> RedirectCases => File.NamesFor("verify_redirect");

    [Theory]
    [MemberData(nameof(CreateCases))]
    public void Create_order(string name)
    {
        var (inputs, expected) = Load(name);
        var order = inputs["order"].Deserialize<ZaloPayCreateOrderRequest>(ZaloPayJson.Options)!;

        var macInput = ZaloPaySignature.CreateMacInput(order);
        var signed = order.Signed(inputs.Str("key1"));

        Assert.Equal(expected.Str("mac_input"), macInput);
        Assert.Equal(expected.Str("mac"), signed.Mac);
        Assert.True(JsonNode.DeepEquals(expected["json_body_example"], JsonSerializer.SerializeToNode(signed, ZaloPayJson.Options)));
        Assert.Equal(QueryString.Parse(expected.Str("form_body_example")), signed.ToFormFields());
    }

    [Theory]
    [MemberData(nameof(PrefixCases))]
    public void App_trans_id_prefix_is_the_gmt7_date(string name)
    {
        var (inputs, expected) = Load(name);
        var now = DateTimeOffset.Parse(inputs.Str("now_utc"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected.Str("app_trans_id"), ZaloPayIds.AppTransId(now, inputs.Str("suffix")));
        Assert.Equal(expected["app_time"]!.GetValue<long>(), ZaloPayIds.UnixMilliseconds(now));
    }

    [Theory]
    [MemberData(nameof(CallbackCases))]
    public void Callback(string name)
    {
        var (inputs, expected) = Load(name);
        var body = inputs.Str("http_body");
        var key = inputs.Str("verification_key");
        Assert.True(ZaloPayCallback.TryReadOuter(body, out var data, out _));
        var intent = inputs["intent"]!;
        var status = intent.Str("status");

        // "succeeded" in these vectors means settled earlier by this same zp_trans_id (callback_duplicate).
        var recordedZpTransId = status == "succeeded" ? JsonNode.Parse(data)!["zp_trans_id"]!.GetValue<long>() : (long?)null;
        var attempt = new ZaloPayAttemptSnapshot(intent.Str("app_trans_id"), intent["amount_vnd"]!.GetValue<long>(), status == "processing", recordedZpTransId);
        var verification = ZaloPayCallback.Verify(body, [key]);
        var result = ZaloPayCallback.Decide(verification, 9999, attempt);

        Assert.Equal(expected.Str("signed_data"), data);
        Assert.Equal(expected.Str("computed_mac"), ZaloPaySignature.Sign(data, key));
        Assert.Equal(expected["mac_valid"]!.GetValue<bool>(), verification.IsValid);
        Assert.Equal(200, expected["http_status"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(expected["response_body"], JsonNode.Parse(result.Answer.ToJson())), result.Answer.ToJson());
        Assert.Equal(expected.Str("payment_outcome"), WireName(result.Outcome));
    }

    [Theory]
    [MemberData(nameof(QueryCases))]
    public void Query(string name)
    {
        var (inputs, expected) = Load(name);
        var key1 = inputs.Str("key1");
        var request = new ZaloPayQueryRequest(inputs["app_id"]!.GetValue<long>(), inputs.Str("app_trans_id"));

        var macInput = ZaloPaySignature.QueryMacInput(request.AppId, request.AppTransId, key1);

        Assert.Equal(expected.Str("mac_input"), macInput);
        Assert.Equal(expected.Str("mac"), ZaloPaySignature.Sign(macInput, key1));
        Assert.Equal(QueryString.Parse(expected.Str("form_body_example")), request.ToFormFields(key1));
    }

    [Theory]
    [MemberData(nameof(RefundCases))]
    public void Refund(string name)
    {
        var (inputs, expected) = Load(name);
        var request = inputs["request"].Deserialize<ZaloPayRefundRequest>(ZaloPayJson.Options)!;

        var macInput = ZaloPaySignature.RefundMacInput(request);
        var signed = request.Signed(inputs.Str("key1"));

        Assert.Equal(expected.Str("mac_input"), macInput);
        Assert.Equal(expected.Str("mac"), signed.Mac);
        Assert.Equal(QueryString.Parse(expected.Str("form_body_example")), signed.ToFormFields());
        var requestedAt = DateTimeOffset.FromUnixTimeMilliseconds(request.Timestamp);
        var suffix = request.MRefundId[(request.MRefundId.LastIndexOf('_') + 1)..];
        Assert.Equal(request.MRefundId, ZaloPayIds.RefundId(requestedAt, request.AppId, suffix));
    }

    [Theory]
    [MemberData(nameof(QueryRefundCases))]
    public void Query_refund(string name)
    {
        var (inputs, expected) = Load(name);
        var key1 = inputs.Str("key1");

        var macInput = ZaloPaySignature.QueryRefundMacInput(inputs["app_id"]!.GetValue<long>(), inputs.Str("m_refund_id"), inputs["timestamp"]!.GetValue<long>());

        Assert.Equal(expected.Str("mac_input"), macInput);
        Assert.Equal(expected.Str("mac"), ZaloPaySignature.Sign(macInput, key1));
    }

    [Theory]
    [MemberData(nameof(RedirectCases))]
    public void Redirect(string name)
    {
        var (inputs, expected) = Load(name);
        var key2 = inputs.Str("key2");
        var query = inputs["query"]!.StringMap();

        var checksumInput = ZaloPaySignature.RedirectChecksumInput(query);

        Assert.Equal(expected.Str("checksum_input"), checksumInput);
        if (expected["checksum"] is { } checksum)
        {
            Assert.Equal(checksum.GetValue<string>(), ZaloPaySignature.Sign(checksumInput, key2));
        }

        Assert.Equal(expected["valid"]!.GetValue<bool>(), ZaloPayRedirect.Verify(query, [key2]));
        if (inputs["redirect_url"] is { } url)
        {
            Assert.Equal(expected["valid"]!.GetValue<bool>(), ZaloPayRedirect.Verify(url.GetValue<string>(), [key2]));
        }

        if (expected["state_change"] is { } stateChange)
        {
            Assert.False(stateChange.GetValue<bool>());
        }
    }

    private static (JsonNode Inputs, JsonNode Expected) Load(string name)
    {
        var c = File.Case(name);
        return (c["inputs"]!, c["expected"]!);
    }

    private static string WireName(ZaloPayCallbackOutcome outcome) => outcome switch
    {
        ZaloPayCallbackOutcome.RejectedSignature => "rejected_signature",
        ZaloPayCallbackOutcome.RejectedPayload => "rejected_payload",
        ZaloPayCallbackOutcome.UnknownOrder => "unknown_order",
        ZaloPayCallbackOutcome.Duplicate => "duplicate",
        ZaloPayCallbackOutcome.RejectedAmount => "rejected_amount",
        ZaloPayCallbackOutcome.LatePayment => "late_payment",
        ZaloPayCallbackOutcome.Succeeded => "succeeded",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
