using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace PayGov.Gateway.Tests.Routing;

/// <summary>
/// Issue "Providers" item 6 across processes: two gateway nodes on one PostgreSQL and one Redis. MoMo fails for
/// the first node; its breaker opens; the second node, whose own calls to MoMo have all gone well, routes wallet
/// payments to ZaloPay without calling MoMo, because it reads the first node's breaker from Redis. When the break
/// is over, the second node sends MoMo its payments again.
/// </summary>
[Collection(MultiNodeCollection.Name)]
public sealed partial class MultiNodeRoutingTests
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_second_gateway_process_sees_the_first_ones_open_breaker_and_routes_around_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = database.ConnectionString,
            ["ConnectionStrings__Redis"] = await TestServers.RedisAsync(),
            ["Sandbox__Enabled"] = "true",
            ["Routing__Deployment"] = "mn" + Guid.NewGuid().ToString("N")[..16],
            ["Routing__Costs__momo__BasisPoints"] = "0",
            ["Providers__MoMo__Resilience__BreakerMinimumThroughput"] = "2",
            ["Providers__MoMo__Resilience__BreakerBreakDuration"] = BreakDuration.ToString(),
            ["Providers__MoMo__Resilience__AttemptTimeout"] = "00:00:05",
            ["RateLimit__PermitLimit"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        await using var first = await GatewayProcess.StartAsync(environment);
        await using var second = await GatewayProcess.StartAsync(environment);
        var printed = await GatewayProcess.RunCommandAsync(environment, "portals", "create", "--name", "Routing", "--id", "multi-node-routing", "--return-host", "localhost");
        var key = KeyLine().Match(printed).Groups[1].Value;
        using var viaFirst = Client(first, key);
        using var viaSecond = Client(second, key);

        Assert.Equal("momo", await PayByWalletAsync(viaSecond));

        // Each node mounts its own sandbox; only the first node's MoMo fails (500 to create and query).
        using (var faults = await viaFirst.PostAsync("/sandbox/admin/faults/momo", new StringContent("""{"status_5xx":true}""", Encoding.UTF8, "application/json")))
        {
            Assert.True(faults.IsSuccessStatusCode);
        }

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var id = await CreateIntentAsync(viaFirst);
            using var doubtful = await viaFirst.SimulateMethodAsync(id, "wallet", "succeeded");
            await doubtful.AssertProblemAsync(HttpStatusCode.Conflict, "payment_in_doubt");
        }

        // The second node's MoMo is healthy, yet it pays through ZaloPay: the first node's breaker is in Redis.
        Assert.Equal("zalopay", await PayByWalletAsync(viaSecond));

        await Eventually.TrueAsync(
            async () => await PayByWalletAsync(viaSecond) == "momo",
            "after the break the second node sends MoMo payments again",
            TimeSpan.FromSeconds(30));
    }

    private static async Task<string> CreateIntentAsync(HttpClient client) =>
        (await client.CreateIntentOkAsync(PaymentIntents.Valid().WithReference("MNR-" + Guid.NewGuid().ToString("N")[..10]))).Str("id");

    /// <summary>Pays a new intent with "a wallet" and answers which provider took it.</summary>
    private static async Task<string> PayByWalletAsync(HttpClient client)
    {
        var id = await CreateIntentAsync(client);
        using var response = await client.SimulateMethodAsync(id, "wallet", "succeeded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(async () => (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status") == "succeeded", $"{id} succeeded");
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded"], await client.EventTypesOfAsync(id));
        return (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("provider");
    }

    private static HttpClient Client(GatewayProcess node, string key)
    {
        var client = new HttpClient { BaseAddress = node.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    [GeneratedRegex(@"key:\s+(sk_test_\w+)")]
    private static partial Regex KeyLine();
}
