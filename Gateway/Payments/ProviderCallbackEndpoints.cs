using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;
using PayGov.Providers;
using PayGov.Providers.MoMo;
using PayGov.Providers.ZaloPay;

namespace PayGov.Gateway.Payments;

/// <summary>
/// The providers' callbacks (DESIGN §6): outside <c>/v1</c>, no API key, no rate limit; authenticity comes from the
/// provider's signature over the raw body. Each answers in its provider's own form, never a 5xx for bad input.
/// </summary>
public static class ProviderCallbackEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    public static RouteGroupBuilder MapProviderCallbacks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/callbacks").WithTags("Provider callbacks").ExcludeFromDescription();
        group.MapPost("/momo/ipn", MoMoIpnAsync).WithName("MoMoIpn");
        group.MapPost("/zalopay/callback", ZaloPayCallbackAsync).WithName("ZaloPayCallback");
        return group;
    }

    /// <summary>momo.md §5: 204 once an authentic IPN is recorded; 400/401 problem+json when it cannot be trusted.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult, NotFound>> MoMoIpnAsync(
        HttpRequest request, PaymentAttemptService attempts, CancellationToken cancellationToken)
    {
        if (attempts.Provider(ProviderId.MoMo) is not { } moMo)
        {
            return TypedResults.NotFound();
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            await attempts.RecordRejectionAsync(ProviderId.MoMo, MoMoIpn.PayloadInvalidCode, null, cancellationToken);
            return Problems.From(new ApiError(ErrorCodes.PayloadInvalid, "The IPN body is not readable."));
        }

        var verification = await moMo.VerifyCallbackAsync(Callback(body), cancellationToken);
        if (!verification.IsVerified)
        {
            await attempts.RecordRejectionAsync(ProviderId.MoMo, verification.RejectionReason, ReferenceIn(body, "orderId"), cancellationToken);
            return verification.RejectionReason switch
            {
                MoMoIpn.PayloadInvalidCode => Problems.From(new ApiError(ErrorCodes.PayloadInvalid, "The IPN body is not readable.")),
                MoMoIpn.SignatureInvalidCode => Problems.From(new ApiError(ErrorCodes.SignatureInvalid, "The IPN signature does not verify.")),

                // Authentic but not for PayGov's partner code: recorded, and acknowledged so MoMo stops resending.
                _ => TypedResults.NoContent(),
            };
        }

        await attempts.ApplyAsync(ProviderId.MoMo, verification.Notification, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>zalopay.md §4: always HTTP 200 with <c>{"return_code","return_message"}</c>.</summary>
    private static async Task<Results<ContentHttpResult, NotFound>> ZaloPayCallbackAsync(
        HttpRequest request, PaymentAttemptService attempts, CancellationToken cancellationToken)
    {
        if (attempts.Provider(ProviderId.ZaloPay) is not { } zaloPay)
        {
            return TypedResults.NotFound();
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            await attempts.RecordRejectionAsync(ProviderId.ZaloPay, "payload_invalid", null, cancellationToken);
            return Answer(ZaloPayCallbackAnswer.InvalidData);
        }

        var verification = await zaloPay.VerifyCallbackAsync(Callback(body), cancellationToken);
        if (!verification.IsVerified)
        {
            await attempts.RecordRejectionAsync(ProviderId.ZaloPay, verification.RejectionReason, ZaloPayReferenceIn(body), cancellationToken);
            return Answer(verification.RejectionReason switch
            {
                "mac_invalid" => ZaloPayCallbackAnswer.MacNotEqual,
                "payload_invalid" => ZaloPayCallbackAnswer.InvalidData,
                _ => ZaloPayCallbackAnswer.RecordedForReview,
            });
        }

        var decision = await attempts.ApplyAsync(ProviderId.ZaloPay, verification.Notification, cancellationToken);
        return Answer(decision switch
        {
            AttemptDecision.Applied => ZaloPayCallbackAnswer.Success,
            AttemptDecision.Duplicate => ZaloPayCallbackAnswer.AlreadyProcessed,
            AttemptDecision.Pending or AttemptDecision.UnknownOrder or AttemptDecision.AmountMismatch or AttemptDecision.LatePayment
                => ZaloPayCallbackAnswer.RecordedForReview,
            _ => throw new ArgumentOutOfRangeException(nameof(request), decision, "Undefined decision."),
        });
    }

    private static ContentHttpResult Answer(ZaloPayCallbackAnswer answer) =>
        TypedResults.Content(answer.ToJson(), "application/json", System.Text.Encoding.UTF8, StatusCodes.Status200OK);

    private static ProviderCallbackRequest Callback(byte[] body) =>
        new(null, body, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), null);

    /// <summary>The raw bytes as received (the signature covers them), or <see langword="null"/> when too large.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>For the audit row only: the merchant reference an untrusted body claims, when it has that shape.</summary>
    private static string? ReferenceIn(byte[] json, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(property, out var value)
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ZaloPayReferenceIn(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("data", out var data)
                && data.ValueKind == JsonValueKind.String)
            {
                return ReferenceIn(System.Text.Encoding.UTF8.GetBytes(data.GetString()!), "app_trans_id");
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
