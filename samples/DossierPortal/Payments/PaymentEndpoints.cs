using DossierPortal.Dossiers;
using DossierPortal.Pages;
using Microsoft.Extensions.Options;
using PayGov.Client;
using PayGov.Client.PaymentIntents;

namespace DossierPortal.Payments;

/// <summary>The Pay button: one payment intent per dossier, then the citizen goes to PayGov's checkout.</summary>
internal static partial class PaymentEndpoints
{
    public static IEndpointRouteBuilder MapPayments(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/dossiers/{id}/pay", PayAsync);
        return routes;
    }

    private static async Task<IResult> PayAsync(
        string id, DossierStore store, PayGovClient paygov, IOptions<PayGovSettings> settings, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("DossierPortal.Payments.Pay");
        var dossier = store.Find(id);
        if (dossier is null)
        {
            return HtmlPages.NotFound();
        }

        if (dossier.Status != DossierStatus.Unpaid)
        {
            return new SeeOther(new Uri($"/dossiers/{Uri.EscapeDataString(dossier.Id)}", UriKind.Relative));
        }

        PaymentIntent intent;
        try
        {
            // The key is the dossier number, so a double click, a retry after a lost answer, or a second node all
            // get the first intent back from PayGov instead of a second one.
            intent = await paygov.PaymentIntents.CreateAsync(
                new PaymentIntentCreateOptions
                {
                    Amount = dossier.AmountTotal,
                    Reference = dossier.Number,
                    Description = dossier.Procedure,
                    FeeItems = [.. dossier.Fees.Select(f => new PaymentIntentFeeItemOptions { Code = f.Code, Name = f.Name, Amount = f.Amount, Budget = f.Budget })],
                    ReturnUrl = new Uri(settings.Value.PublicBaseUrl, $"dossiers/{Uri.EscapeDataString(dossier.Id)}"),
                    Metadata = new Dictionary<string, string> { ["dossier_id"] = dossier.Id },
                },
                new RequestOptions { IdempotencyKey = "dossier-" + dossier.Number },
                cancellationToken).ConfigureAwait(false);
        }
        catch (PayGovException exception)
        {
            LogPayFailed(logger, dossier.Id, exception.Code);
            return HtmlPages.PaymentUnavailable(dossier);
        }

        store.RecordIntent(dossier.Id, intent.Id);
        LogIntent(logger, dossier.Id, intent.Id, intent.LastResponse?.IdempotentReplayed == true);

        // 303: the browser follows with a GET, so reloading the checkout page never re-posts the form.
        return new SeeOther(intent.CheckoutUrl);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dossier {DossierId} pays with intent {PaymentIntentId} (replayed {Replayed})")]
    private static partial void LogIntent(ILogger logger, string dossierId, string paymentIntentId, bool replayed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PayGov refused the intent of dossier {DossierId}: {Code}")]
    private static partial void LogPayFailed(ILogger logger, string dossierId, string? code);
}
