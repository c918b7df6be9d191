using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>A portal's webhook receiver: real Kestrel on loopback, recording every request, answering as told.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>The status to answer the next request with; 200 unless a test says otherwise.</summary>
    public Func<ReceivedWebhook, int> Answer { get; set; } = _ => StatusCodes.Status200OK;

    public Uri Url => new(app.Urls.First() + "/hooks");

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var received = new ReceivedWebhook(
                await reader.ReadToEndAsync(),
                context.Request.Headers["PayGov-Signature"].ToString(),
                context.Request.Headers["PayGov-Event-Id"].ToString());
            receiver.Received.Enqueue(received);
            return Results.StatusCode(receiver.Answer(received));
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>One request as the receiver saw it.</summary>
    public sealed record ReceivedWebhook(string Body, string Signature, string EventId)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }
}
