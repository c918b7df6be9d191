using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Sandbox.Tests;

/// <summary>
/// A tiny merchant on real Kestrel that records every callback body it receives, per provider. Bank notifications
/// are verified by <see cref="BankVerifier"/> (the real adapter) and answered as bank-notification.md §2.3 says,
/// so the sandbox's retry rule meets real answers.
/// </summary>
public sealed class MerchantReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(string Provider, string Body, string? Signature)> received = new();
    private readonly ConcurrentDictionary<string, int> refusalsLeft = new(StringComparer.Ordinal);

    private MerchantReceiver(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Verifies a bank notification as the gateway would; set once the adapter exists.</summary>
    public Func<ProviderCallbackRequest, Task<CallbackVerification>>? BankVerifier { get; set; }

    public static async Task<MerchantReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var receiver = new MerchantReceiver(app);
        app.MapPost("/callbacks/momo/ipn", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            receiver.received.Enqueue(("momo", body, null));
            return receiver.Refuse(body, "orderId") ? Results.StatusCode(500) : Results.NoContent();
        });
        app.MapPost("/callbacks/zalopay/callback", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            receiver.received.Enqueue(("zalopay", body, null));
            return receiver.Refuse(body, "app_trans_id")
                ? Results.Json(new { return_code = 0, return_message = "try again" })
                : Results.Json(new { return_code = 1, return_message = "success" });
        });
        app.MapGet("/callbacks/vnpay/ipn", (HttpContext context) =>
        {
            // VNPAY's IPN is a GET: the signed fields are the query string, kept exactly as received.
            var query = context.Request.QueryString.Value ?? string.Empty;
            receiver.received.Enqueue(("vnpay", query, null));
            var txnRef = context.Request.Query["vnp_TxnRef"].ToString();
            return receiver.RefuseReference(txnRef)
                ? Results.Json(new Dictionary<string, string> { ["RspCode"] = "99", ["Message"] = "Unknown error" })
                : Results.Json(new Dictionary<string, string> { ["RspCode"] = "00", ["Message"] = "Confirm Success" });
        });
        app.MapPost("/callbacks/bank-transfer/{connectorId}/credits", async (string connectorId, HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var body = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
            var signature = context.Request.Headers[BankNotificationSignature.HeaderName].ToString();
            receiver.received.Enqueue(("bank_transfer", body, signature));
            if (receiver.RefuseContaining(body))
            {
                return Results.StatusCode(500);
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [BankNotificationSignature.HeaderName] = signature };
            var verification = await receiver.BankVerifier!(new ProviderCallbackRequest(null, buffer.ToArray(), headers, connectorId));
            if (verification.IsVerified)
            {
                return Results.Json(new { result = "accepted" });
            }

            var answer = BankNotificationAnswer.ForRejection(verification.RejectionReason, verification.RejectionParam);
            return Results.Problem(statusCode: answer.HttpStatus, extensions: new Dictionary<string, object?> { ["code"] = answer.ProblemCode });
        });
        await app.StartAsync();
        receiver.BaseUrl = new Uri(app.Urls.First());
        return receiver;
    }

    /// <summary>The bodies received for <paramref name="provider"/> that mention <paramref name="reference"/>.</summary>
    public IReadOnlyList<string> BodiesFor(string provider, string reference) =>
        received.Where(r => r.Provider == provider && r.Body.Contains(reference, StringComparison.Ordinal)).Select(r => r.Body).ToList();

    /// <summary>The bank notifications whose body mentions <paramref name="text"/> (a transaction id or a reference), with their signature headers.</summary>
    public IReadOnlyList<(string Body, string Signature)> BankNotificationsWith(string text) =>
        received.Where(r => r.Provider == "bank_transfer" && r.Body.Contains(text, StringComparison.Ordinal)).Select(r => (r.Body, r.Signature!)).ToList();

    /// <summary>Answers the next <paramref name="times"/> callbacks naming <paramref name="reference"/> with a failure.</summary>
    public void RefuseNext(string reference, int times) => refusalsLeft[reference] = times;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>Bank notifications carry the reference inside their remark, so a refusal matches any body mentioning it.</summary>
    private bool RefuseContaining(string body)
    {
        foreach (var (reference, left) in refusalsLeft)
        {
            if (left > 0 && body.Contains(reference, StringComparison.Ordinal))
            {
                refusalsLeft[reference] = left - 1;
                return true;
            }
        }

        return false;
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
