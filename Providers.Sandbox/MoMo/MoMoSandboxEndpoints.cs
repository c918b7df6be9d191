using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PayGov.Providers.MoMo;
using PayGov.Providers.Sandbox.Settlements;

namespace PayGov.Providers.Sandbox.MoMo;

/// <summary>MoMo's side over HTTP, mountable under any prefix: the v2 API, the hosted page, the completion helper and the settlement file.</summary>
public static class MoMoSandboxEndpoints
{
    private const string CreatePath = "/v2/gateway/api/create";

    /// <summary>
    /// Maps <c>POST {prefix}/v2/gateway/api/create|query|refund</c>, <c>GET {prefix}/pay/{orderId}</c> with its
    /// <c>POST …/pay</c> and <c>…/decline</c> buttons, <c>POST {prefix}/pay/{orderId}/complete</c> and
    /// <c>GET {prefix}/settlements/{yyyy-MM-dd}</c>.
    /// </summary>
    /// <param name="endpoints">The app or group to map on.</param>
    /// <param name="prefix">The mount point, e.g. <c>/sandbox/momo</c>.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapMoMoSandbox(this IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapGroup(prefix).WithTags("Sandbox: MoMo").ExcludeFromDescription();
        group.MapPost(CreatePath, CreateAsync).WithName("MoMoSandboxCreate");
        group.MapPost("/v2/gateway/api/query", QueryAsync).WithName("MoMoSandboxQuery");
        group.MapPost("/v2/gateway/api/refund", RefundAsync).WithName("MoMoSandboxRefund");
        group.MapGet("/pay/{orderId}", ShowPage).WithName("MoMoSandboxPage");
        group.MapPost("/pay/{orderId}/pay", Pay).WithName("MoMoSandboxPay");
        group.MapPost("/pay/{orderId}/decline", Decline).WithName("MoMoSandboxDecline");
        group.MapPost("/pay/{orderId}/complete", Complete).WithName("MoMoSandboxComplete");
        group.MapGet("/settlements/{day}", Settlement).WithName("MoMoSandboxSettlement");
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, [AsParameters] MoMoSandboxServices s)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var path = context.Request.Path.Value!;
        var sandboxBase = new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{path[..^CreatePath.Length]}/");
        return await SandboxApiFaults.RunAsync(s.Switchboard, s.TimeProvider, ProviderId.MoMo, "create", context, () =>
            TypedResults.Json(s.Sandbox.Create(body, sandboxBase), MoMoJson.Options)).ConfigureAwait(false);
    }

    private static async Task<IResult> QueryAsync(HttpContext context, [AsParameters] MoMoSandboxServices s)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        return await SandboxApiFaults.RunAsync(s.Switchboard, s.TimeProvider, ProviderId.MoMo, "query", context, () =>
            TypedResults.Json(s.Sandbox.Query(body), MoMoJson.Options)).ConfigureAwait(false);
    }

    private static async Task<IResult> RefundAsync(HttpContext context, [AsParameters] MoMoSandboxServices s)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        return await SandboxApiFaults.RunAsync(s.Switchboard, s.TimeProvider, ProviderId.MoMo, "refund", context, () =>
            TypedResults.Json(s.Sandbox.Refund(body), MoMoJson.Options)).ConfigureAwait(false);
    }

    private static Results<FileContentHttpResult, BadRequest> Settlement(string day, [AsParameters] MoMoSandboxServices s) =>
        SandboxSettlementFile.Serve(day, d => s.Sandbox.SettlementFile(d, s.Payouts.AdviceOn(s.Sandbox, d)));

    private static Results<ContentHttpResult, NotFound> ShowPage(string orderId, [AsParameters] MoMoSandboxServices s)
    {
        if (s.Sandbox.Find(orderId) is not { } order)
        {
            return TypedResults.NotFound();
        }

        var isOpen = order.ResultCode == MoMoResultCodes.Waiting;
        var html = SandboxPayPage.Render("MoMo", order.OrderId, order.Amount, order.OrderInfo, isOpen, MoMoSandboxMessages.For(order.ResultCode, order.Lang));
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static Results<RedirectHttpResult, ContentHttpResult, NotFound, Conflict> Pay(string orderId, [AsParameters] MoMoSandboxServices s) =>
        Press(orderId, paid: true, s);

    private static Results<RedirectHttpResult, ContentHttpResult, NotFound, Conflict> Decline(string orderId, [AsParameters] MoMoSandboxServices s) =>
        Press(orderId, paid: false, s);

    private static Results<RedirectHttpResult, ContentHttpResult, NotFound, Conflict> Press(string orderId, bool paid, MoMoSandboxServices s)
    {
        if (s.Sandbox.Find(orderId) is not { } order)
        {
            return TypedResults.NotFound();
        }

        if (s.Sandbox.Complete(order, paid) is not { } redirect)
        {
            return TypedResults.Conflict();
        }

        return redirect.Length == 0
            ? TypedResults.Content(SandboxPayPage.Render("MoMo", order.OrderId, order.Amount, order.OrderInfo, isOpen: false, MoMoSandboxMessages.For(order.ResultCode, order.Lang)), "text/html; charset=utf-8")
            : TypedResults.Redirect(redirect);
    }

    private static Results<Ok<SandboxCompletionResponse>, BadRequest, NotFound, Conflict> Complete(string orderId, SandboxCompletionRequest request, [AsParameters] MoMoSandboxServices s) =>
        SandboxCompletion.Answer(request, s.Sandbox.Find(orderId), s.Sandbox.Complete);

    private static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
