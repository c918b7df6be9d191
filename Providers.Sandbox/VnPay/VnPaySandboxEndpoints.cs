using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PayGov.Providers.Sandbox.Settlements;

namespace PayGov.Providers.Sandbox.VnPay;

/// <summary>VNPAY's side over HTTP, mountable under any prefix: the payment URL, the hosted page, the API, the completion helper and the settlement file.</summary>
public static class VnPaySandboxEndpoints
{
    /// <summary>The payment page's path below the prefix, as VNPAY's own (<c>PaymentUrl</c> = prefix + this).</summary>
    public const string PaymentPath = "/paymentv2/vpcpay.html";

    /// <summary>The querydr/refund endpoint's path below the prefix, as VNPAY's own (<c>ApiUrl</c> = prefix + this).</summary>
    public const string ApiPath = "/merchant_webapi/api/transaction";

    /// <summary>
    /// Maps <c>GET {prefix}/paymentv2/vpcpay.html</c> (the signed payment URL), <c>GET {prefix}/pay/{txnRef}</c> with its
    /// <c>POST …/pay</c> and <c>…/decline</c> buttons, <c>POST {prefix}/pay/{txnRef}/complete</c>,
    /// <c>POST {prefix}/merchant_webapi/api/transaction</c> (querydr and refund) and <c>GET {prefix}/settlements/{yyyy-MM-dd}</c>.
    /// </summary>
    /// <param name="endpoints">The app or group to map on.</param>
    /// <param name="prefix">The mount point, e.g. <c>/sandbox/vnpay</c>.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapVnPaySandbox(this IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapGroup(prefix).WithTags("Sandbox: VNPAY").ExcludeFromDescription();
        group.MapGet(PaymentPath, Open).WithName("VnPaySandboxOpen");
        group.MapGet("/pay/{txnRef}", ShowPage).WithName("VnPaySandboxPage");
        group.MapPost("/pay/{txnRef}/pay", Pay).WithName("VnPaySandboxPay");
        group.MapPost("/pay/{txnRef}/decline", Decline).WithName("VnPaySandboxDecline");
        group.MapPost("/pay/{txnRef}/complete", Complete).WithName("VnPaySandboxComplete");
        group.MapPost(ApiPath, TransactionAsync).WithName("VnPaySandboxTransaction");
        group.MapGet("/settlements/{day}", Settlement).WithName("VnPaySandboxSettlement");
        return group;
    }

    /// <summary>VNPAY answers a bad payment URL on its own page, with no machine-readable error (vnpay.md §3).</summary>
    private static Results<RedirectHttpResult, ContentHttpResult> Open(HttpContext context, [AsParameters] VnPaySandboxServices s)
    {
        var (payment, errorCode) = s.Sandbox.Open(context.Request.QueryString.Value ?? string.Empty);
        if (payment is null)
        {
            return TypedResults.Content(ErrorPage(errorCode), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        var path = context.Request.Path.Value!;
        return TypedResults.Redirect(context.Request.PathBase + path[..^PaymentPath.Length] + "/pay/" + Uri.EscapeDataString(payment.TxnRef));
    }

    private static Results<ContentHttpResult, NotFound> ShowPage(string txnRef, [AsParameters] VnPaySandboxServices s) =>
        s.Sandbox.Find(txnRef) is { } payment ? Page(payment) : TypedResults.NotFound();

    private static Results<RedirectHttpResult, NotFound, Conflict> Pay(string txnRef, [AsParameters] VnPaySandboxServices s) =>
        Press(txnRef, paid: true, s);

    private static Results<RedirectHttpResult, NotFound, Conflict> Decline(string txnRef, [AsParameters] VnPaySandboxServices s) =>
        Press(txnRef, paid: false, s);

    private static Results<RedirectHttpResult, NotFound, Conflict> Press(string txnRef, bool paid, VnPaySandboxServices s)
    {
        if (s.Sandbox.Find(txnRef) is not { } payment)
        {
            return TypedResults.NotFound();
        }

        return s.Sandbox.Complete(payment, paid) is { } returnUrl ? TypedResults.Redirect(returnUrl) : TypedResults.Conflict();
    }

    private static Results<Ok<SandboxCompletionResponse>, BadRequest, NotFound, Conflict> Complete(string txnRef, SandboxCompletionRequest request, [AsParameters] VnPaySandboxServices s) =>
        SandboxCompletion.Answer(request, s.Sandbox.Find(txnRef), s.Sandbox.Complete);

    private static async Task<IResult> TransactionAsync(HttpContext context, [AsParameters] VnPaySandboxServices s)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        return await SandboxApiFaults.RunAsync(s.Switchboard, s.TimeProvider, ProviderId.VnPay, VnPaySandbox.CommandOf(body), context, () =>
            TypedResults.Json(s.Sandbox.Transaction(body))).ConfigureAwait(false);
    }

    private static Results<FileContentHttpResult, BadRequest> Settlement(string day, [AsParameters] VnPaySandboxServices s) =>
        SandboxSettlementFile.Serve(day, d => s.Sandbox.SettlementFile(d, s.Payouts.AdviceOn(s.Sandbox, d)));

    private static ContentHttpResult Page(VnPaySandboxPayment payment)
    {
        string status;
        bool isOpen;
        lock (payment.Gate)
        {
            isOpen = payment.IsWaiting;
            status = payment.IsPaid ? "Đã thanh toán / Paid" : "Không thành công / Not paid (" + payment.ResponseCode + ")";
        }

        return TypedResults.Content(SandboxPayPage.Render("VNPAY", payment.TxnRef, payment.Amount, payment.OrderInfo, isOpen, status), "text/html; charset=utf-8");
    }

    private static string ErrorPage(string code) => $"""
        <!DOCTYPE html>
        <html lang="vi">
        <head><meta charset="utf-8"><title>VNPAY sandbox</title></head>
        <body>
        <h1>VNPAY sandbox</h1>
        <p>Giao dịch không hợp lệ / Invalid request. Mã lỗi / Error code: {HtmlEncoder.Default.Encode(code)}</p>
        </body>
        </html>
        """;
}
