using System.Text.Json;
using System.Text.Json.Nodes;
using PayGov.Providers.MoMo;

namespace PayGov.Providers.Tests.MoMo;

public class MoMoVectorTests
{
    public static readonly string[] Operations =
    [
        "sign_create_request", "signature_pitfalls", "verify_ipn", "verify_redirect", "sign_query_request",
        "sign_refund_request",
    ];

    private static readonly VectorFile File = VectorFile.Load("momo.json");

    public static TheoryData<string> CreateCases => File.NamesFor("sign_create_request");

    public static TheoryData<string> PitfallCases => File.NamesFor("signature_pitfalls");

    public static TheoryData<string> IpnCases => File.NamesFor("verify_ipn");

    public static TheoryData<string> RedirectCases => File.NamesFor("verify_redirect");

    public static TheoryData<string> QueryCases => File.NamesFor("sign_query_request");

    public static TheoryData<string> RefundCases => File.NamesFor("sign_refund_request");

    [Theory]
    [MemberData(nameof(CreateCases))]
    public void Create_request(string name)
    {
        var (inputs, expected) = Load(name);
        var request = inputs["request"].Deserialize<MoMoCreatePaymentRequest>(MoMoJson.Options)!;

        var raw = MoMoSignature.CreateRaw(inputs.Str("access_key"), request);
        var signed = request.Signed(inputs.Str("access_key"), inputs.Str("secret_key"));

        Assert.Equal(expected.Str("raw_signature"), raw);
        Assert.Equal(expected.Str("signature"), signed.Signature);
        AssertSameJson(expected["request_body"], signed);
    }

    [Theory]
    [MemberData(nameof(PitfallCases))]
    public void Raw_signature_in_json_order_is_rejected(string name)
    {
        var (inputs, expected) = Load(name);
        var request = inputs["request"].Deserialize<MoMoCreatePaymentRequest>(MoMoJson.Options)!;
        var secret = inputs.Str("secret_key");

        var raw = MoMoSignature.CreateRaw(inputs.Str("access_key"), request);

        Assert.NotEqual(expected.Str("wrong_raw_signature"), raw);
        Assert.Equal(expected.Str("wrong_signature"), MoMoSignature.Sign(expected.Str("wrong_raw_signature"), secret));
        Assert.Equal(expected.Str("correct_signature"), MoMoSignature.Sign(raw, secret));
        Assert.Equal("rejected, resultCode 13", expected.Str("verdict"));
        Assert.False(MoMoSignature.Verify(raw, expected.Str("wrong_signature"), [secret]));
    }

    [Theory]
    [MemberData(nameof(IpnCases))]
    public void Ipn(string name)
    {
        var (inputs, expected) = Load(name);
        var intent = inputs["intent"]!;
        var attempt = new MoMoAttemptSnapshot(intent.Str("order_id"), intent["amount_vnd"]!.GetValue<long>(), intent.Str("status") == "processing");
        var secret = inputs.Str("secret_key");

        var raw = MoMoSignature.ResultRaw(inputs.Str("access_key"), ParsedValues(inputs.Str("http_body")));
        var verification = MoMoCallback.VerifyIpn(inputs.Str("http_body"), inputs.Str("access_key"), [secret]);
        var result = MoMoIpn.Decide(verification, "MOMOPGOVTEST01", attempt);

        Assert.Equal(expected.Str("raw_signature"), raw);
        Assert.Equal(expected.Str("computed_signature"), MoMoSignature.Sign(raw, secret));
        Assert.Equal(expected["signature_valid"]!.GetValue<bool>(), verification.IsValid);
        Assert.Equal(expected["http_status"]!.GetValue<int>(), result.HttpStatus);
        Assert.Equal(result.HttpStatus == 401 ? MoMoIpn.SignatureInvalidCode : null, result.ProblemCode);
        Assert.Equal(expected.Str("payment_outcome"), WireName(result.Outcome));
    }

    [Theory]
    [MemberData(nameof(RedirectCases))]
    public void Redirect(string name)
    {
        var (inputs, expected) = Load(name);
        var secret = inputs.Str("secret_key");
        var decoded = QueryString.ToUniqueMap(QueryString.Parse(inputs.Str("redirect_url")))!;

        var raw = MoMoSignature.ResultRaw(inputs.Str("access_key"), decoded);
        var verification = MoMoCallback.VerifyRedirect(inputs.Str("redirect_url"), inputs.Str("access_key"), [secret]);

        Assert.Equal(expected["params_decoded"]!.StringMap(), decoded);
        Assert.Equal(expected.Str("raw_signature"), raw);
        Assert.Equal(expected.Str("computed_signature"), MoMoSignature.Sign(raw, secret));
        Assert.Equal(expected["signature_valid"]!.GetValue<bool>(), verification.IsValid);
        Assert.False(expected["state_change"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(QueryCases))]
    public void Query_request(string name)
    {
        var (inputs, expected) = Load(name);
        var request = inputs["request"].Deserialize<MoMoQueryRequest>(MoMoJson.Options)!;

        var raw = MoMoSignature.QueryRaw(inputs.Str("access_key"), request);
        var signed = request.Signed(inputs.Str("access_key"), inputs.Str("secret_key"));

        Assert.Equal(expected.Str("raw_signature"), raw);
        Assert.Equal(expected.Str("signature"), signed.Signature);
        AssertSameJson(expected["request_body"], signed);
    }

    [Theory]
    [MemberData(nameof(RefundCases))]
    public void Refund_request(string name)
    {
        var (inputs, expected) = Load(name);
        var request = inputs["request"].Deserialize<MoMoRefundRequest>(MoMoJson.Options)!;

        var raw = MoMoSignature.RefundRaw(inputs.Str("access_key"), request);
        var signed = request.Signed(inputs.Str("access_key"), inputs.Str("secret_key"));

        Assert.Equal(expected.Str("raw_signature"), raw);
        Assert.Equal(expected.Str("signature"), signed.Signature);
        if (expected["request_body"] is { } body)
        {
            AssertSameJson(body, signed);
        }
    }

    /// <summary>The body's values as strings (numbers in plain decimal), as the IPN verifier sees them after parsing.</summary>
    private static Dictionary<string, string> ParsedValues(string body) =>
        JsonNode.Parse(body)!.AsObject().ToDictionary(
            p => p.Key,
            p => p.Value!.GetValueKind() == JsonValueKind.String ? p.Value.GetValue<string>() : p.Value.ToJsonString(),
            StringComparer.Ordinal);

    private static void AssertSameJson<T>(JsonNode? expected, T actual) =>
        Assert.True(JsonNode.DeepEquals(expected, JsonSerializer.SerializeToNode(actual, MoMoJson.Options)), JsonSerializer.Serialize(actual, MoMoJson.Options));

    private static (JsonNode Inputs, JsonNode Expected) Load(string name)
    {
        var c = File.Case(name);
        return (c["inputs"]!, c["expected"]!);
    }

    private static string WireName(MoMoIpnOutcome outcome) => outcome switch
    {
        MoMoIpnOutcome.RejectedPayload => "rejected_payload",
        MoMoIpnOutcome.RejectedSignature => "rejected_signature",
        MoMoIpnOutcome.UnknownOrder => "unknown_order",
        MoMoIpnOutcome.RejectedAmount => "rejected_amount",
        MoMoIpnOutcome.Duplicate => "duplicate",
        MoMoIpnOutcome.Succeeded => "succeeded",
        MoMoIpnOutcome.Declined => "declined",
        MoMoIpnOutcome.Processing => "processing",
        MoMoIpnOutcome.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
