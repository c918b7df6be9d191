using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PayGov.Providers.Sandbox.Tests;

/// <summary>A tiny merchant on real Kestrel that records every callback body it receives, per provider.</summary>
public sealed class MerchantReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(string Provider, string Body)> received = new();
    private readonly ConcurrentDictionary<string, int> refusalsLeft = new(StringComparer.Ordinal);

    private MerchantReceiver(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<MerchantReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var receiver = new MerchantReceiver(app);
        app.MapPost("/callbacks/momo/ipn", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            receiver.received.Enqueue(("momo", body));
            return receiver.Refuse(body, "orderId") ? Results.StatusCode(500) : Results.NoContent();
        });
        app.MapPost("/callbacks/zalopay/callback", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            receiver.received.Enqueue(("zalopay", body));
            return receiver.Refuse(body, "app_trans_id")
                ? Results.Json(new { return_code = 0, return_message = "try again" })
                : Results.Json(new { return_code = 1, return_message = "success" });
        });
        app.MapGet("/callbacks/vnpay/ipn", (HttpContext context) =>
        {
            // VNPAY's IPN is a GET: the signed fields are the query string, kept exactly as received.
            var query = context.Request.QueryString.Value ?? string.Empty;
            receiver.received.Enqueue(("vnpay", query));
            var txnRef = context.Request.Query["vnp_TxnRef"].ToString();
            return receiver.RefuseReference(txnRef)
                ? Results.Json(new Dictionary<string, string> { ["RspCode"] = "99", ["Message"] = "Unknown error" })
                : Results.Json(new Dictionary<string, string> { ["RspCode"] = "00", ["Message"] = "Confirm Success" });
        });
        await app.StartAsync();
        receiver.BaseUrl = new Uri(app.Urls.First());
        return receiver;
    }

    /// <summary>The bodies received for <paramref name="provider"/> that mention <paramref name="reference"/>.</summary>
    public IReadOnlyList<string> BodiesFor(string provider, string reference) =>
        received.Where(r => r.Provider == provider && r.Body.Contains(reference, StringComparison.Ordinal)).Select(r => r.Body).ToList();

    /// <summary>Answers the next <paramref name="times"/> callbacks naming <paramref name="reference"/> with a failure.</summary>
    public void RefuseNext(string reference, int times) => refusalsLeft[reference] = times;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private bool Refuse(string body, string referenceField) => RefuseReference(ReadReference(body, referenceField));

    private bool RefuseReference(string? reference)
    {
        if (reference is null || !refusalsLeft.TryGetValue(reference, out var left) || left <= 0)
        {
            return false;
        }

        refusalsLeft[reference] = left - 1;
        return true;
    }

    private static string? ReadReference(string body, string field)
    {
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.TryGetProperty(field, out var value))
        {
            return value.GetString();
        }

        // ZaloPay nests its fields in the "data" string.
        if (document.RootElement.TryGetProperty("data", out var data))
        {
            using var inner = JsonDocument.Parse(data.GetString()!);
            return inner.RootElement.TryGetProperty(field, out var nested) ? nested.GetString() : null;
        }

        return null;
    }
}
