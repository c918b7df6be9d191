using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PayGov.Providers.VnPay;

namespace PayGov.Providers.Sandbox.Tests.VnPay;

/// <summary>
/// The VNPAY sandbox against the shared vectors (computed independently of PayGov's signing code): their signatures
/// are accepted and a tampered field is refused with <c>97</c>. The vectors' payment is in the past, so an authentic
/// payment URL is refused as expired (<c>11</c>) and an authentic querydr or refund finds no payment (<c>91</c>),
/// never <c>97</c>. The sandbox's own answers verify with the protocol layer's readers.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class VnPaySandboxVectorTests(SandboxFixture fixture)
{
    private static readonly VectorFile Vectors = VectorFile.Load("vnpay.json");

    private async Task<Dictionary<string, string>> PostAsync(JsonNode body)
    {
        using var response = await fixture.Http.PostAsJsonAsync(new Uri(fixture.SandboxUrl, "/sandbox/vnpay/merchant_webapi/api/transaction"), body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!;
    }

    /// <summary>The request fields of a signing case with the signature the vectors computed for them.</summary>
    private static JsonObject SignedBody(string name)
    {
        var body = Vectors.Case(name)["inputs"]!["fields"]!.DeepClone().AsObject();
        body["vnp_SecureHash"] = Vectors.Case(name)["expected"]!["vnp_SecureHash"]!.GetValue<string>();
        return body;
    }

    [Fact]
    public async Task Sandbox_accepts_the_vectors_payment_URL_signature_and_refuses_a_tampered_one()
    {
        var url = Vectors.Case("pay_url_basic")["expected"]!["payment_url"]!.GetValue<string>();
        var path = new Uri(url).PathAndQuery.Replace("/paymentv2/", "/sandbox/vnpay/paymentv2/", StringComparison.Ordinal);

        using var authentic = await fixture.Http.GetAsync(new Uri(fixture.SandboxUrl, path));
        using var tampered = await fixture.Http.GetAsync(new Uri(fixture.SandboxUrl, path.Replace("vnp_Amount=15000000", "vnp_Amount=15000100", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, authentic.StatusCode);
        Assert.Contains("Error code: 11", await authentic.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Error code: 97", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_accepts_the_vectors_querydr_signature_refuses_a_tampered_one_and_signs_its_answers()
    {
        var body = SignedBody("querydr_request");
        var tampered = body.DeepClone();
        tampered["vnp_TxnRef"] = "250314_01JPC4T6V8W0Y1ABCE";

        var authentic = await PostAsync(body);
        var refused = await PostAsync(tampered);

        Assert.Equal("91", authentic["vnp_ResponseCode"]);
        Assert.Equal("97", refused["vnp_ResponseCode"]);
        Assert.Equal(VnPayQueryStatus.NotFound, VnPayApi.ReadQueryDrResponse(authentic, [SandboxFixture.VnPayHashSecret]));
        Assert.Equal(VnPayQueryStatus.QueryFailed, VnPayApi.ReadQueryDrResponse(refused, [SandboxFixture.VnPayHashSecret]));
    }

    [Theory]
    [InlineData("refund_partial_request")]
    [InlineData("refund_full_request")]
    public async Task Sandbox_accepts_the_vectors_refund_signature_and_refuses_a_tampered_amount(string name)
    {
        var body = SignedBody(name);
        var tampered = body.DeepClone();
        tampered["vnp_Amount"] = "100";

        var authentic = await PostAsync(body);
        var refused = await PostAsync(tampered);

        Assert.Equal("91", authentic["vnp_ResponseCode"]);
        Assert.Equal("97", refused["vnp_ResponseCode"]);
        Assert.Equal(VnPayRefundStatus.Failed, VnPayApi.ReadRefundResponse(authentic, [SandboxFixture.VnPayHashSecret]));
    }

    [Fact]
    public async Task Api_body_that_is_not_a_JSON_object_of_strings_is_answered_03()
    {
        using var content = new StringContent("{\"vnp_Command\":\"querydr\",\"vnp_Amount\":15000000}", System.Text.Encoding.UTF8, "application/json");
        using var response = await fixture.Http.PostAsync(new Uri(fixture.SandboxUrl, "/sandbox/vnpay/merchant_webapi/api/transaction"), content);
        var answer = (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!;

        Assert.Equal("03", answer["vnp_ResponseCode"]);
    }
}
