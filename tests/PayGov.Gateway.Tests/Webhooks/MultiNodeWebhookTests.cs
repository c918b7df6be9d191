using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Npgsql;

namespace PayGov.Gateway.Tests.Webhooks;

/// <summary>
/// Two gateway processes on one PostgreSQL and one Redis share the webhook work; one node is stopped
/// mid-run. Nothing is lost; a graceful stop delivers nothing twice; a crash can repeat only what the dead
/// node had in flight (at-least-once), never more.
/// </summary>
[Collection(MultiNodeCollection.Name)]
public sealed partial class MultiNodeWebhookTests
{
    private const int Events = 1000;
    private const int NodeConcurrency = 4;

    [Fact]
    public Task A_node_stopped_gracefully_mid_run_loses_nothing_and_repeats_nothing() =>
        RunAsync(node => node.TerminateAsync(), maxRepeats: 0);

    [Fact]
    public Task A_node_killed_mid_run_loses_nothing_and_repeats_at_most_its_in_flight_deliveries() =>
        RunAsync(node =>
        {
            node.Kill();
            return Task.CompletedTask;
        },
        maxRepeats: NodeConcurrency);

    private static async Task RunAsync(Func<GatewayProcess, Task> stop, int maxRepeats)
    {
        await using var database = await TestDatabase.CreateAsync();
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = database.ConnectionString,
            ["ConnectionStrings__Redis"] = await TestServers.RedisAsync(),
            ["RateLimit__PermitLimit"] = "100000",
            ["Webhooks__Concurrency"] = NodeConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Webhooks__PollInterval"] = "00:00:00.100",
            ["Webhooks__AttemptTimeout"] = "00:00:02",
            ["Logging__LogLevel__Default"] = "Warning",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        await using var receiver = await WebhookReceiver.StartAsync();
        var deliveries = new ConcurrentDictionary<string, int>();
        receiver.Answer = webhook =>
        {
            deliveries.AddOrUpdate(webhook.EventId, 1, (_, n) => n + 1);
            // A receiver that takes a little time keeps deliveries in flight when the node stops.
            Thread.SpinWait(200_000);
            return 200;
        };
        await using var first = await GatewayProcess.StartAsync(environment);
        await using var second = await GatewayProcess.StartAsync(environment);
        var printed = await GatewayProcess.RunCommandAsync(environment, "portals", "create", "--name", "Multi node", "--id", "multi-node", "--return-host", "localhost");
        var key = KeyLine().Match(printed).Groups[1].Value;
        using var viaFirst = Client(first, key);
        using var viaSecond = Client(second, key);
        using var endpoint = await viaFirst.PostRawAsync(
            "/v1/webhook_endpoints", $$"""{"url":"{{receiver.Url}}","enabled_events":["payment_intent.created"]}""", null);
        Assert.Equal(HttpStatusCode.Created, endpoint.StatusCode);

        var created = 0;
        await Parallel.ForAsync(0, Events / 2, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            await viaSecond.CreateIntentOkAsync(PaymentIntents.Valid().WithReference($"MN-A-{i}"));
            await viaFirst.CreateIntentOkAsync(PaymentIntents.Valid().WithReference($"MN-B-{i}"));
            Interlocked.Add(ref created, 2);
        });
        await Eventually.TrueAsync(() => Task.FromResult(deliveries.Count >= Events / 4), "a quarter of the events are delivered");
        var deliveredWhenStopped = deliveries.Count;
        await stop(first);
        await Eventually.TrueAsync(() => Task.FromResult(deliveries.Count == Events), $"all {Events} events are delivered", TimeSpan.FromSeconds(120));
        await Eventually.TrueAsync(() => AllSettledAsync(database.ConnectionString), "every delivery is recorded as succeeded", TimeSpan.FromSeconds(60));

        Assert.Equal(Events, created);
        Assert.True(deliveredWhenStopped < Events, "the node must stop mid-run for this test to mean anything");
        var repeated = deliveries.Values.Sum(n => n - 1);
        Assert.InRange(repeated, 0, maxRepeats);
    }

    private static async Task<bool> AllSettledAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FILTER (WHERE status = 'Succeeded'), count(*) FROM webhook_deliveries", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0) == Events && reader.GetInt64(1) == Events;
    }

    private static HttpClient Client(GatewayProcess node, string key)
    {
        var client = new HttpClient { BaseAddress = node.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    [GeneratedRegex(@"key:\s+(sk_test_\w+)")]
    private static partial Regex KeyLine();
}
