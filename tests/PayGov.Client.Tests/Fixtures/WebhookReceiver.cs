using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PayGov.Client.Tests.Fixtures;

/// <summary>A portal's webhook URL in miniature: real Kestrel on loopback that keeps every request it gets and answers 200.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Received> received = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyCollection<Received> Requests => received;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/paygov/webhooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            receiver.received.Enqueue(new Received(body, request.Headers["PayGov-Signature"].ToString(), request.Headers["PayGov-Event-Id"].ToString()));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/paygov/webhooks");
        return receiver;
    }

    /// <summary>Waits, bounded by a stopwatch, until at least <paramref name="count"/> requests matching <paramref name="match"/> arrived.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(Func<Received, bool> match, int count = 1, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromSeconds(30);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var found = received.Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            Assert.True(clock.Elapsed < limit, $"Only {found.Count} of {count} matching webhook(s) arrived within {limit}.");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public sealed record Received(string Body, string Signature, string EventId);
}
