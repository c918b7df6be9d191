using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PayGov.Providers.Sandbox.Settlements;
using PayGov.Providers.ZaloPay;

namespace PayGov.Providers.Sandbox.ZaloPay;

/// <summary>ZaloPay's side over HTTP, mountable under any prefix: the v2 API (form-encoded), the hosted page, the completion helper and the settlement file.</summary>
public static class ZaloPaySandboxEndpoints
{
    private const string CreatePath = "/v2/create";

    /// <summary>
    /// Maps <c>POST {prefix}/v2/create|query|refund|query_refund</c>, <c>GET {prefix}/pay/{appTransId}</c> with its
    /// <c>POST …/pay</c> and <c>…/decline</c> buttons, <c>POST {prefix}/pay/{appTransId}/complete</c> and
    /// <c>GET {prefix}/settlements/{yyyy-MM-dd}</c>.
    /// </summary>
    /// <param name="endpoints">The app or group to map on.</param>
    /// <param name="prefix">The mount point, e.g. <c>/sandbox/zalopay</c>.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapZaloPaySandbox(this IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapGroup(prefix).WithTags("Sandbox: ZaloPay").ExcludeFromDescription().DisableAntiforgery();
        group.MapPost(CreatePath, CreateAsync).WithName("ZaloPaySandboxCreate");
        group.MapPost("/v2/query", QueryAsync).WithName("ZaloPaySandboxQuery");
        group.MapPost("/v2/refund", RefundAsync).WithName("ZaloPaySandboxRefund");
        group.MapPost("/v2/query_refund", QueryRefundAsync).WithName("ZaloPaySandboxQueryRefund");
        group.MapGet("/pay/{appTransId}", ShowPage).WithName("ZaloPaySandboxPage");
        group.MapPost("/pay/{appTransId}/pay", Pay).WithName("ZaloPaySandboxPay");
        group.MapPost("/pay/{appTransId}/decline", Decline).WithName("ZaloPaySandboxDecline");
        group.MapPost("/pay/{appTransId}/complete", Complete).WithName("ZaloPaySandboxComplete");
        group.MapGet("/settlements/{day}", Settlement).WithName("ZaloPaySandboxSettlement");
        return group;
    }

    private static Results<FileContentHttpResult, BadRequest> Settlement(string day, [AsParameters] ZaloPaySandboxServices s) =>
        SandboxSettlementFile.Serve(day, d => s.Sandbox.SettlementFile(d, s.Payouts.AdviceOn(s.Sandbox, d)));

    private static async Task<IResult> CreateAsync(HttpContext context, [AsParameters] ZaloPaySandboxServices s)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var path = context.Request.Path.Value!;
        var sandboxBase = new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{path[..^CreatePath.Length]}/");
        return await SandboxApiFaults.RunAsync(s.Switchboard, s.TimeProvider, ProviderId.ZaloPay, "create", context, () =>
            TypedResults.Json(s.Sandbox.Create(form, sandboxBase), ZaloPayJson.Options)).ConfigureAwait(false);
    }

    private static async Task<IResult> QueryAsync(HttpContext context, [AsParameters] ZaloPaySandboxServices s)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        return await SandboxApiFaults.RunAsync(s.Switchboard, s.TimeProvider, ProviderId.ZaloPay, "query", context, () =>
            TypedResults.Json(s.Sandbox.Query(form), ZaloPayJson.Options)).ConfigureAwait(false);
    }

    private static async Task<IResult> RefundAsync(HttpContext context, [AsParameters] ZaloPaySandboxServices s)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        return await SandboxApiFaults.RunAsync(s.Switchboard, s.TimeProvider, ProviderId.ZaloPay, "refund", context, () =>
            TypedResults.Json(s.Sandbox.Refund(form), ZaloPayJson.Options)).ConfigureAwait(false);
    }

    private static async Task<IResult> QueryRefundAsync(HttpContext context, [AsParameters] ZaloPaySandboxServices s)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        return await SandboxApiFaults.RunAsync(s.Switchboard, s.TimeProvider, ProviderId.ZaloPay, "query_refund", context, () =>
            TypedResults.Json(s.Sandbox.QueryRefund(form), ZaloPayJson.Options)).ConfigureAwait(false);
    }

    private static Results<ContentHttpResult, NotFound> ShowPage(string appTransId, [AsParameters] ZaloPaySandboxServices s)
    {
        if (s.Sandbox.Find(appTransId) is not { } order)
        {
            return TypedResults.NotFound();
        }

        var html = SandboxPayPage.Render("ZaloPay", order.AppTransId, order.Amount, order.Description, order.ReturnCode == 3, order.ReturnCode == 1 ? "Đã thanh toán / Paid" : "Đã từ chối / Declined");
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static Results<RedirectHttpResult, ContentHttpResult, NotFound, Conflict> Pay(string appTransId, [AsParameters] ZaloPaySandboxServices s) =>
        Press(appTransId, paid: true, s);

    private static Results<RedirectHttpResult, ContentHttpResult, NotFound, Conflict> Decline(string appTransId, [AsParameters] ZaloPaySandboxServices s) =>
        Press(appTransId, paid: false, s);

    private static Results<RedirectHttpResult, ContentHttpResult, NotFound, Conflict> Press(string appTransId, bool paid, ZaloPaySandboxServices s)
    {
        if (s.Sandbox.Find(appTransId) is not { } order)
        {
            return TypedResults.NotFound();
        }

        if (s.Sandbox.Complete(order, paid) is not { } redirect)
        {
            return TypedResults.Conflict();
        }

        return redirect.Length == 0
            ? TypedResults.Content(SandboxPayPage.Render("ZaloPay", order.AppTransId, order.Amount, order.Description, isOpen: false, paid ? "Đã thanh toán / Paid" : "Đã từ chối / Declined"), "text/html; charset=utf-8")
            : TypedResults.Redirect(redirect);
    }

    private static Results<Ok<SandboxCompletionResponse>, BadRequest, NotFound, Conflict> Complete(string appTransId, SandboxCompletionRequest request, [AsParameters] ZaloPaySandboxServices s) =>
        SandboxCompletion.Answer(request, s.Sandbox.Find(appTransId), s.Sandbox.Complete);
}
