using System.Text.Json.Nodes;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>Paid intents, refunds and intents' statuses over the portal API, for tests that start from money already taken.</summary>
public static class PaymentFlows
{
    /// <summary>Creates an intent and pays it through <paramref name="provider"/>'s sandbox; returns its id once it is succeeded.</summary>
    public static async Task<string> PaidIntentAsync(this HttpClient client, string provider = "momo", PaymentIntents? body = null)
    {
        var id = (await client.CreateIntentOkAsync(body)).Str("id");
        using var paid = await client.SimulateAsync(id, provider, "succeeded");
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        await client.StatusBecomesAsync(id, "succeeded");
        return id;
    }

    public static Task<HttpResponseMessage> CreateRefundAsync(this HttpClient client, string intentId, long? amount = null, string? idempotencyKey = null, string? reason = null)
    {
        var body = new JsonObject { ["payment_intent"] = intentId };
        if (amount is not null)
        {
            body["amount"] = amount;
        }

        if (reason is not null)
        {
            body["reason"] = reason;
        }

        return client.PostRawAsync("/v1/refunds", body.ToJsonString(), idempotencyKey ?? Guid.NewGuid().ToString());
    }

    public static async Task<JsonElement> CreateRefundOkAsync(this HttpClient client, string intentId, long? amount = null)
    {
        using var response = await client.CreateRefundAsync(intentId, amount);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"refund of {intentId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>Waits until the intent's status over the API is <paramref name="status"/>.</summary>
    public static Task StatusBecomesAsync(this HttpClient client, string intentId, string status) =>
        Eventually.TrueAsync(async () => (await client.GetJsonAsync($"/v1/payment_intents/{intentId}")).Str("status") == status, $"{intentId} is {status}");
}
