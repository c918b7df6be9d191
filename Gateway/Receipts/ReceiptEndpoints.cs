using Microsoft.AspNetCore.Antiforgery;
using PayGov.Gateway.Checkout.Pages;
using PayGov.Gateway.Checkout;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Receipts;

/// <summary>
/// The public receipt pages: verification of a receipt by its number and code (what its QR code opens), its PDF, and
/// the status of a payment by dossier reference. Same security headers as the checkout.
/// </summary>
public static class ReceiptEndpoints
{
    public const string VerificationQueryName = "v";

    public static RouteGroupBuilder MapReceipts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").AddEndpointFilter<CitizenPageHeaders>().ExcludeFromDescription();
        group.MapGet("/receipts/{number}", VerifyAsync).WithName("VerifyReceipt");
        group.MapGet("/receipts/{number}/pdf", PdfAsync).WithName("ReceiptPdf");
        group.MapGet("/status", ShowLookup).WithName("DossierStatus");
        group.MapPost("/status", LookupAsync).WithName("DossierStatusLookup");
        return group;
    }

    /// <summary>A wrong number and a wrong code get the same "not verified" page (404), and the page says nothing else.</summary>
    private static async Task<IResult> VerifyAsync(
        string number, HttpContext context, ReceiptService receipts, PageRenderer pages, CancellationToken cancellationToken)
    {
        var text = CheckoutText.Of(context);
        var document = await receipts.VerifyAsync(number, context.Request.Query[VerificationQueryName], cancellationToken);
        return await pages.RenderAsync<VerificationPage>(
            new VerificationView(text, document),
            document is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }

    private static async Task<IResult> PdfAsync(
        string number, HttpContext context, ReceiptService receipts, ReceiptPdf pdf, PageRenderer pages, CancellationToken cancellationToken)
    {
        var text = CheckoutText.Of(context);
        var document = await receipts.VerifyAsync(number, context.Request.Query[VerificationQueryName], cancellationToken);
        if (document is null)
        {
            return await pages.NotFoundAsync(text);
        }

        return TypedResults.File(pdf.Render(document, text), "application/pdf", document.Receipt.Number + ".pdf");
    }

    private static Task<IResult> ShowLookup(HttpContext context, PageRenderer pages, IAntiforgery antiforgery)
    {
        var text = CheckoutText.Of(context);
        return pages.RenderAsync<StatusPage>(new StatusView(text, AntiforgeryField.From(antiforgery.GetAndStoreTokens(context)), null, null, null));
    }

    /// <summary>A POST (with antiforgery), so the dossier reference never sits in an address, a log line or a history.</summary>
    private static async Task<IResult> LookupAsync(
        HttpContext context, ReceiptService receipts, PageRenderer pages, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var text = CheckoutText.Of(context);
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return await pages.BadRequestAsync(text);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        string? reference = form["reference"];
        string? code = form["code"];
        var answer = await receipts.LookupAsync(reference, code, cancellationToken);
        return await pages.RenderAsync<StatusPage>(new StatusView(text, AntiforgeryField.From(antiforgery.GetAndStoreTokens(context)), reference, code, answer));
    }
}
