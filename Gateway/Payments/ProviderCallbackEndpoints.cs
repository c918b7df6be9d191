using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;
using PayGov.Providers;
using PayGov.Providers.BankTransfer;
using PayGov.Providers.MoMo;
using PayGov.Providers.VnPay;
using PayGov.Providers.ZaloPay;

namespace PayGov.Gateway.Payments;

/// <summary>
/// The providers' callbacks (DESIGN §6): outside <c>/v1</c>, no API key, no rate limit; authenticity comes from the
/// provider's signature over the raw body (VNPAY: over the query string). Each answers in its provider's own form,
/// never a 5xx for bad input.
/// </summary>
public static class ProviderCallbackEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    public static RouteGroupBuilder MapProviderCallbacks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/callbacks").WithTags("Provider callbacks").ExcludeFromDescription();
        group.MapGet("/vnpay/ipn", VnPayIpnAsync).WithName("VnPayIpn");
        group.MapPost("/momo/ipn", MoMoIpnAsync).WithName("MoMoIpn");
        group.MapPost("/zalopay/callback", ZaloPayCallbackAsync).WithName("ZaloPayCallback");
        group.MapPost("/bank-transfer/{connectorId}/credits", BankCreditAsync).WithName("BankCreditNotification");
        return group;
    }

    /// <summary>
    /// vnpay.md §5.2: always HTTP 200 with <c>{"RspCode","Message"}</c>, the checks in VNPAY's order: signature (97),
    /// order (01), amount (04), already confirmed (02), recorded (00); 99 when recording failed, so VNPAY sends it again.
    /// </summary>
    private static async Task<Results<ContentHttpResult, NotFound>> VnPayIpnAsync(
        HttpRequest request, PaymentAttemptService attempts, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (attempts.Provider(ProviderId.VnPay) is not { } vnPay)
        {
            return TypedResults.NotFound();
        }

        var verification = await vnPay.VerifyCallbackAsync(
            new ProviderCallbackRequest(request.QueryString.Value, ReadOnlyMemory<byte>.Empty, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), null),
            cancellationToken);
        if (!verification.IsVerified)
        {
            await attempts.RecordRejectionAsync(ProviderId.VnPay, verification.RejectionReason, request.Query["vnp_TxnRef"].ToString(), cancellationToken);
            return Answer(verification.RejectionReason switch
            {
                VnPayPaymentProvider.TmnCodeMismatchReason => VnPayIpnAnswer.OrderNotFound,
                VnPayPaymentProvider.AmountInvalidReason => VnPayIpnAnswer.InvalidAmount,

                // A missing or failed signature: nothing in it can be trusted.
                _ => VnPayIpnAnswer.InvalidSignature,
            });
        }

        AttemptDecision decision;
        try
        {
            decision = await attempts.ApplyAsync(ProviderId.VnPay, verification.Notification, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException || StorageErrors.IsLostRace(ex))
        {
            // A database that failed, or a race lost every round: VNPAY sends the IPN again on this answer.
            loggers.CreateLogger(typeof(ProviderCallbackEndpoints)).CallbackNotRecorded(ProviderId.VnPay.ToWireName(), verification.Notification.ProviderReference, ex);
            return Answer(VnPayIpnAnswer.UnknownError);
        }

        return Answer(decision switch
        {
            // Every authentic IPN for a waiting attempt is recorded, whatever it says (vnpay.md §5.2).
            AttemptDecision.Applied or AttemptDecision.Pending or AttemptDecision.LatePayment => VnPayIpnAnswer.ConfirmSuccess,
            AttemptDecision.Duplicate => VnPayIpnAnswer.OrderAlreadyConfirmed,
            AttemptDecision.UnknownOrder => VnPayIpnAnswer.OrderNotFound,
            AttemptDecision.AmountMismatch => VnPayIpnAnswer.InvalidAmount,
            _ => throw new ArgumentOutOfRangeException(nameof(request), decision, "Undefined decision."),
        });
    }

    /// <summary>momo.md §5: 204 once an authentic IPN is recorded; 400/401 problem+json when it cannot be trusted.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult, NotFound>> MoMoIpnAsync(
        HttpRequest request, PaymentAttemptService attempts, CancellationToken cancellationToken)
    {
        if (attempts.Provider(ProviderId.MoMo) is not { } moMo)
        {
            return TypedResults.NotFound();
        }

        var body = await ReadBodyAsync(request, MaxBodyBytes, cancellationToken);
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

        var body = await ReadBodyAsync(request, MaxBodyBytes, cancellationToken);
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

    /// <summary>
    /// bank-notification.md §2.3: 200 <c>{"result":"accepted"|"duplicate"}</c>, or problem+json with the protocol's own
    /// codes. Rejections (steps 1–6, and a conflicting replay) store nothing but their audit row.
    /// </summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult, NotFound>> BankCreditAsync(
        string connectorId, HttpRequest request, PaymentAttemptService attempts, BankCreditService credits, CancellationToken cancellationToken)
    {
        if (attempts.Provider(ProviderId.BankTransfer) is not { } bank)
        {
            return TypedResults.NotFound();
        }

        var body = await ReadBodyAsync(request, BankNotificationReader.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            await attempts.RecordRejectionAsync(ProviderId.BankTransfer, ErrorCodes.PayloadTooLarge, null, cancellationToken);
            return Problems.From(new ApiError(ErrorCodes.PayloadTooLarge, "A credit notification is at most 16 KiB."));
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (request.Headers.TryGetValue(BankNotificationSignature.HeaderName, out var signature))
        {
            headers[BankNotificationSignature.HeaderName] = signature.ToString();
        }

        var verification = await bank.VerifyCallbackAsync(new ProviderCallbackRequest(null, body, headers, connectorId), cancellationToken);
        var answer = verification.IsVerified
            ? await credits.RecordAsync(connectorId, verification.Notification, cancellationToken)
            : BankNotificationAnswer.ForRejection(verification.RejectionReason, verification.RejectionParam);
        if (!verification.IsVerified)
        {
            await attempts.RecordRejectionAsync(ProviderId.BankTransfer, verification.RejectionReason, null, cancellationToken);
        }

        return answer.Result is not null
            ? TypedResults.Content(answer.ToJson(), "application/json", System.Text.Encoding.UTF8, StatusCodes.Status200OK)
            : Problems.From(new ApiError(answer.ProblemCode!, BankProblemDetail(answer.ProblemCode!), answer.ProblemParam));
    }

    private static string BankProblemDetail(string code) => code switch
    {
        ErrorCodes.SignatureInvalid => "The PayGov-Bank-Signature header is missing or matches no active secret of this connector.",
        ErrorCodes.TimestampOutOfWindow => "The signature's timestamp is more than 300 seconds from PayGov's clock; re-sign with a fresh one.",
        ErrorCodes.PayloadInvalid => "The notification body does not follow the protocol.",
        ErrorCodes.CurrencyUnsupported => "Only VND credits are accepted.",
        ErrorCodes.AccountUnknown => "The account is not a collection account of this connector.",
        ErrorCodes.NotificationConflict => "This transaction_id was already reported with other content.",
        _ => "The notification was refused.",
    };

    private static ContentHttpResult Answer(ZaloPayCallbackAnswer answer) => Json(answer.ToJson());

    private static ContentHttpResult Answer(VnPayIpnAnswer answer) => Json(answer.ToJson());

    private static ContentHttpResult Json(string body) =>
        TypedResults.Content(body, "application/json", System.Text.Encoding.UTF8, StatusCodes.Status200OK);

    private static ProviderCallbackRequest Callback(byte[] body) =>
        new(null, body, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), null);

    /// <summary>The raw bytes as received (the signature covers them), or <see langword="null"/> when too large.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBodyBytes)
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
