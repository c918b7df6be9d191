using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PayGov.Providers.Sandbox.Tests.ZaloPay;

/// <summary>
/// The ZaloPay sandbox against the shared vectors (computed independently of PayGov's signing code): their
/// key1 macs are accepted, and a tampered field is refused as a bad mac. The vectors' dates are in the past,
/// so an authentic create or refund is then refused for its date (<c>-401</c>), not its mac (<c>-402</c>/<c>-403</c>).
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class ZaloPaySandboxVectorTests(SandboxFixture fixture)
{
    private static readonly VectorFile Vectors = VectorFile.Load("zalopay.json");

    private async Task<JsonObject> PostFormAsync(string operation, string formBody)
    {
        using var content = new StringContent(formBody, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await fixture.Http.PostAsync(new Uri(fixture.SandboxUrl, "/sandbox/zalopay/v2/" + operation), content);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static string FormBody(string name) => Vectors.Case(name)["expected"]!["form_body_example"]!.GetValue<string>();

    [Fact]
    public async Task Sandbox_accepts_the_vectors_create_mac_and_refuses_a_tampered_amount_as_unauthenticated()
    {
        var body = FormBody("create_order");

        var authentic = await PostFormAsync("create", body);
        var tampered = await PostFormAsync("create", body.Replace("amount=150000", "amount=150001", StringComparison.Ordinal));

        Assert.Equal(-401, authentic["sub_return_code"]!.GetValue<int>());
        Assert.Equal(2, tampered["return_code"]!.GetValue<int>());
        Assert.Equal(-402, tampered["sub_return_code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sandbox_accepts_the_vectors_query_mac_and_refuses_it_for_another_order()
    {
        var body = FormBody("query_order");

        var authentic = await PostFormAsync("query", body);
        var tampered = await PostFormAsync("query", body.Replace("ZP01", "ZP02", StringComparison.Ordinal));

        Assert.NotEqual(-403, authentic["return_code"]!.GetValue<int>());
        Assert.Equal(-403, tampered["return_code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sandbox_accepts_the_vectors_refund_mac_and_refuses_a_tampered_amount()
    {
        var body = FormBody("refund_request");

        var authentic = await PostFormAsync("refund", body);
        var tampered = await PostFormAsync("refund", body.Replace("amount=50000", "amount=50001", StringComparison.Ordinal));

        Assert.Equal(-401, authentic["sub_return_code"]!.GetValue<int>());
        Assert.Equal(-403, tampered["return_code"]!.GetValue<int>());
    }
}
