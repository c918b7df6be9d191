using System.Text.Json.Nodes;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>Create-intent bodies with valid defaults, so a test states only what it is about.</summary>
public sealed class PaymentIntents
{
    private readonly JsonObject body;

    private PaymentIntents(JsonObject body) => this.body = body;

    public static PaymentIntents Valid() => new(new JsonObject
    {
        ["amount"] = 150_000,
        ["currency"] = "VND",
        ["reference"] = "000.00.30.H26-250314-" + Guid.NewGuid().ToString("N")[..6],
        ["description"] = "Lệ phí cấp phiếu lý lịch tư pháp",
        ["fee_items"] = new JsonArray(FeeItem("LP.LLTP", 100_000), FeeItem("P.CHUNGTHUC", 50_000)),
        ["return_url"] = "http://localhost:3000/dossiers/123",
        ["metadata"] = new JsonObject { ["dossier"] = "H26-123" },
    });

    public static JsonObject FeeItem(string code, long amount) => new()
    {
        ["code"] = code,
        ["name"] = "Lệ phí " + code,
        ["amount"] = amount,
        ["budget"] = new JsonObject
        {
            ["treasury_code"] = "0011",
            ["budget_chapter"] = "426",
            ["budget_sub_item"] = "2764",
            ["revenue_agency"] = "1101001",
            ["area_code"] = "00004",
        },
    };

    public PaymentIntents WithAmount(long amount)
    {
        body["amount"] = amount;
        body["fee_items"] = new JsonArray(FeeItem("LP.LLTP", amount));
        return this;
    }

    public PaymentIntents WithReference(string reference) => With("reference", reference);

    public PaymentIntents With(string name, JsonNode? value)
    {
        body[name] = value;
        return this;
    }

    public PaymentIntents Without(string name)
    {
        body.Remove(name);
        return this;
    }

    public JsonObject Build() => body;

    public string ToJson() => body.ToJsonString();
}
