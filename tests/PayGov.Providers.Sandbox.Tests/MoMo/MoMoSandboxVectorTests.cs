using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PayGov.Providers.Sandbox.Tests.MoMo;

/// <summary>
/// The MoMo sandbox against the shared vectors, which were computed independently of PayGov's signing code: the
/// sandbox must accept the vectors' signed requests and refuse them once tampered (momo.md §9, resultCode 13).
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class MoMoSandboxVectorTests(SandboxFixture fixture)
{
    private static readonly VectorFile Vectors = VectorFile.Load("momo.json");

    public static TheoryData<string> CreateCases => Vectors.NamesFor("sign_create_request");

    private async Task<JsonObject> PostAsync(string operation, JsonObject body)
    {
        using var response = await fixture.Http.PostAsJsonAsync(new Uri(fixture.SandboxUrl, "/sandbox/momo/v2/gateway/api/" + operation), body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static JsonObject RequestBody(string name) => Vectors.Case(name)["expected"]!["request_body"]!.DeepClone().AsObject();

    [Theory]
    [MemberData(nameof(CreateCases))]
    public async Task Sandbox_accepts_the_vectors_signed_create_request(string name)
    {
        var body = RequestBody(name);

        var answer = await PostAsync("create", body);

        Assert.Equal(0, answer["resultCode"]!.GetValue<int>());
        Assert.Equal(body["orderId"]!.GetValue<string>(), answer["orderId"]!.GetValue<string>());
        Assert.NotNull(answer["payUrl"]);
    }

    [Theory]
    [MemberData(nameof(CreateCases))]
    public async Task Sandbox_refuses_the_vectors_create_request_with_a_tampered_amount(string name)
    {
        var body = RequestBody(name);
        body["amount"] = body["amount"]!.GetValue<long>() + 1;

        var answer = await PostAsync("create", body);

        Assert.Equal(13, answer["resultCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sandbox_refuses_a_create_signed_over_the_fields_in_JSON_order()
    {
        var pitfall = Vectors.Case("create_raw_signature_in_json_order_is_wrong");
        var body = pitfall["inputs"]!["request"]!.DeepClone().AsObject();
        body["signature"] = pitfall["expected"]!["wrong_signature"]!.GetValue<string>();

        var answer = await PostAsync("create", body);

        Assert.Equal(13, answer["resultCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sandbox_accepts_the_vectors_signed_query_and_refuses_it_for_another_order()
    {
        var body = RequestBody("query_request");
        var tampered = RequestBody("query_request");
        tampered["orderId"] = tampered["orderId"]!.GetValue<string>() + "X";

        var answer = await PostAsync("query", body);
        var refused = await PostAsync("query", tampered);

        Assert.NotEqual(13, answer["resultCode"]!.GetValue<int>());
        Assert.Equal(13, refused["resultCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sandbox_accepts_the_vectors_signed_refund_and_refuses_it_with_another_amount()
    {
        var body = RequestBody("refund_request");
        var tampered = RequestBody("refund_request");
        tampered["amount"] = 60_000;

        var answer = await PostAsync("refund", body);
        var refused = await PostAsync("refund", tampered);

        // The vectors' transId is unknown to this sandbox, so an authentic refund is answered "not found".
        Assert.Equal(42, answer["resultCode"]!.GetValue<int>());
        Assert.Equal(13, refused["resultCode"]!.GetValue<int>());
    }
}
