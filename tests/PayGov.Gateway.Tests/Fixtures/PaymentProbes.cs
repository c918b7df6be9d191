using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Payments;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>What payment tests wait for and read back: an intent's status over the API, its attempt from storage.</summary>
public static class PaymentProbes
{
    public static Task StatusBecomesAsync(this HttpClient client, string id, string status) =>
        Eventually.TrueAsync(async () => (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status") == status, $"{id} is {status}");

    /// <summary>The intent's only attempt.</summary>
    public static Task<PaymentAttempt> AttemptOfAsync(this GatewayFixture gateway, string intentId) =>
        gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.IntentId == intentId));
}
