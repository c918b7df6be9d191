using DossierPortal.Dossiers;
using PayGov.Client;
using PayGov.Client.Events;
using PayGov.Client.Webhooks;

namespace DossierPortal.Payments;

/// <summary>
/// Receives PayGov's webhooks: verifies the signature over the raw body, drops copies older than what was applied
/// (by <c>data.sequence</c> per intent), and moves the dossier to Paid, Canceled or Expired.
/// </summary>
internal static partial class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapPayGovWebhooks(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(WebhookRegistration.ReceiverPath, ReceiveAsync);
        return routes;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, WebhookSecrets secrets, DossierStore store, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("DossierPortal.Payments.Webhooks");
        if (secrets.Current is not { } secret)
        {
            // Not registered yet: 503 makes PayGov try again shortly rather than count it as delivered.
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        using var reader = new StreamReader(request.Body);
        var payload = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        Event received;
        try
        {
            received = WebhookSignature.ConstructEvent(
                payload, request.Headers[WebhookSignature.HeaderName].ToString(), [secret], WebhookSignature.DefaultTolerance, time);
        }
        catch (WebhookSignatureException exception)
        {
            LogRefused(logger, exception.Reason);
            return Results.BadRequest();
        }
        catch (PayGovException)
        {
            LogUnreadable(logger);
            return Results.BadRequest();
        }

        // Only payment intents concern dossiers; other kinds (webhook_endpoint.disabled) are acknowledged and left.
        if (!received.Type.StartsWith("payment_intent.", StringComparison.Ordinal))
        {
            return Results.Ok();
        }

        DossierStatus? status = received.Type switch
        {
            EventTypes.PaymentIntentSucceeded => DossierStatus.Paid,
            EventTypes.PaymentIntentCanceled => DossierStatus.Canceled,
            EventTypes.PaymentIntentExpired => DossierStatus.Expired,
            // Other events still advance the sequence, so an older copy of a terminal event cannot follow them.
            _ => null,
        };

        var intent = received.Data.ToPaymentIntent();
        var applied = store.Apply(intent.Reference, intent, received.Data.Sequence, status);
        LogReceived(logger, received.Id, received.Type, intent.Id, received.Data.Sequence, applied);

        // 200 either way: a stale or foreign copy is handled by ignoring it, and a non-2xx would only make PayGov retry it.
        return Results.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, WebhookSignatureFailure reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook refused: signed, but not an event this version can read")]
    private static partial void LogUnreadable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {EventId} {EventType} for {PaymentIntentId} at sequence {Sequence}: applied {Applied}")]
    private static partial void LogReceived(ILogger logger, string eventId, string eventType, string paymentIntentId, int sequence, bool applied);
}
