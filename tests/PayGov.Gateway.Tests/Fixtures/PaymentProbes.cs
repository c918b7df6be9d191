using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Payments;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>What payment tests read back: an intent's status and events over the API, its attempt from storage.</summary>
public static class PaymentProbes
{
    public static Task StatusBecomesAsync(this HttpClient client, string id, string status) =>
        Eventually.TrueAsync(async () => (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status") == status, $"{id} is {status}");

    public static async Task<List<string>> EventTypesAsync(this HttpClient client, string id)
    {
        var events = await client.GetJsonAsync($"/v1/events?object_id={id}");
        return events.GetProperty("data").EnumerateArray()
            .OrderBy(e => e.GetProperty("data").GetProperty("sequence").GetInt32())
            .Select(e => e.Str("type"))
            .ToList();
    }

    /// <summary>The intent's only attempt.</summary>
    public static Task<PaymentAttempt> AttemptOfAsync(this GatewayFixture gateway, string intentId) =>
        gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.IntentId == intentId));
}
