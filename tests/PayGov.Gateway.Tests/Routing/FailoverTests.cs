using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Routing;
using PayGov.Providers;
using StackExchange.Redis;

namespace PayGov.Gateway.Tests.Routing;

/// <summary>
/// Issue "Providers" item 6 on PostgreSQL + Redis: MoMo fails (5xx); its attempts wait in doubt (a 5xx is no proof
/// that nothing happened), its breaker opens and is shared in Redis, routing then sends wallet payments to ZaloPay
/// without calling MoMo; after the break a probe closes the breaker, MoMo is first again, and the attempts in
/// doubt are settled by asking MoMo.
/// </summary>
[Collection(RoutingCollection.Name)]
public sealed class FailoverTests(RoutingGatewayFixture gateway)
{
    [Fact]
    public async Task A_provider_down_is_skipped_once_its_breaker_opens_the_breaker_is_shared_and_closes_and_nothing_is_guessed()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        var healthy = await PayByWalletAsync(client);
        Assert.Equal([("momo", PaymentAttemptStatus.Succeeded)], await AttemptsAsync(healthy));

        await SandboxFaults.SetAsync(gateway, "momo", new JsonObject { ["status_5xx"] = true });
        var inDoubt = new List<string>();
        try
        {
            // A 5xx after the request went out proves nothing: the attempt is in doubt, never re-routed.
            var id = (await client.CreateIntentOkAsync()).Str("id");
            using (var response = await client.SimulateMethodAsync(id, "wallet", "succeeded"))
            {
                await response.AssertProblemAsync(HttpStatusCode.Conflict, "payment_in_doubt");
            }

            Assert.Equal([("momo", PaymentAttemptStatus.Unknown)], await AttemptsAsync(id));
            inDoubt.Add(id);

            var momo = await MoMoStatusAsync();
            Assert.True(momo.BreakerOpenHere, "one failure in two calls reaches the 50 % failure ratio: MoMo's breaker opens");
            Assert.False(momo.Available, "the shared mark takes MoMo out of routing on every node");
            Assert.True(await SharedBreakerMarkAsync(), "the open breaker is written to Redis for the other nodes");

            // Routing skips MoMo without calling it: the citizen pays with the other wallet.
            var skipped = await PayByWalletAsync(client);
            Assert.Equal("zalopay", (await client.GetJsonAsync($"/v1/payment_intents/{skipped}")).Str("provider"));
            Assert.Equal([("zalopay", PaymentAttemptStatus.Succeeded)], await AttemptsAsync(skipped));

            // Asked for MoMo by name, the open breaker proves the start did not happen: the intent stays payable.
            var named = (await client.CreateIntentOkAsync()).Str("id");
            using (var refused = await client.SimulateAsync(named, "momo", "succeeded"))
            {
                await refused.AssertProblemAsync(HttpStatusCode.BadGateway, "provider_unavailable");
            }

            Assert.Equal("requires_payment_method", (await client.GetJsonAsync($"/v1/payment_intents/{named}")).Str("status"));
            Assert.Equal([("momo", PaymentAttemptStatus.Failed)], await AttemptsAsync(named));
        }
        finally
        {
            await SandboxFaults.ResetAsync(gateway, "momo");
        }

        // The break passes on the breaker's clock (the injected one) and on Redis's (the shared mark's lifetime).
        gateway.Time.Advance(RoutingGatewayFixture.BreakDuration + TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(async () => !await SharedBreakerMarkAsync(), "the shared mark expires with the break");
        var probed = await PayByWalletAsync(client);
        Assert.Equal([("momo", PaymentAttemptStatus.Succeeded)], await AttemptsAsync(probed));
        var closed = await MoMoStatusAsync();
        Assert.False(closed.BreakerOpenHere, "a successful probe closes the breaker");
        Assert.True(closed.Available);

        // MoMo answers again: a portal's GET asks it, and the starts it never processed are failed, payable again.
        foreach (var id in inDoubt)
        {
            Assert.Equal("requires_payment_method", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
            Assert.Equal([("momo", PaymentAttemptStatus.Failed)], await AttemptsAsync(id));
        }
    }

    private static async Task<string> PayByWalletAsync(HttpClient client)
    {
        var id = (await client.CreateIntentOkAsync()).Str("id");
        using var response = await client.SimulateMethodAsync(id, "wallet", "succeeded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(async () => (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status") == "succeeded", $"{id} succeeded");
        return id;
    }

    private async Task<ProviderStatus> MoMoStatusAsync()
    {
        await using var scope = gateway.Services.CreateAsyncScope();
        var statuses = await scope.ServiceProvider.GetRequiredService<PaymentRouter>().StatusAsync(CancellationToken.None);
        return statuses.Single(s => s.Provider.ProviderId == ProviderId.MoMo);
    }

    private async Task<bool> SharedBreakerMarkAsync()
    {
        var redis = gateway.Services.GetRequiredService<IConnectionMultiplexer>();
        var deployment = gateway.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RoutingOptions>>().Value.Deployment;
        return await redis.GetDatabase().KeyExistsAsync(Infrastructure.Coordination.RedisKeys.ProviderBreakerOpen(deployment, "momo"));
    }

    /// <summary>The intent's attempts by provider name: on the injected clock ids of one millisecond do not sort by creation.</summary>
    private Task<List<(string, PaymentAttemptStatus)>> AttemptsAsync(string intentId) =>
        gateway.WithDbAsync(async db => (await db.PaymentAttempts.AsNoTracking()
                .Where(a => a.IntentId == intentId)
                .OrderBy(a => a.Provider)
                .Select(a => new { a.Provider, a.Status })
                .ToListAsync())
            .Select(a => (a.Provider, a.Status))
            .ToList());
}
