using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Infrastructure.Idempotency;

namespace PayGov.Gateway.Refunds;

/// <summary>The portal API for refunds (DESIGN §5).</summary>
public static class RefundEndpoints
{
    public static RouteGroupBuilder MapRefunds(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/refunds").WithTags("Refunds");

        group.MapPost("", CreateAsync)
            .WithName("CreateRefund")
            .WithSummary("Refund all or part of a succeeded payment intent")
            .WithValidatedBody<CreateRefundRequest>()
            .RequireIdempotencyKey();
        group.MapGet("", ListAsync)
            .WithName("ListRefunds")
            .WithSummary("List refunds, newest first, optionally of one payment intent, with cursor pages");
        group.MapGet("/{id}", GetAsync)
            .WithName("GetRefund")
            .WithSummary("Retrieve a refund");
        return group;
    }

    private static async Task<Results<Created<RefundResponse>, ProblemHttpResult>> CreateAsync(
        JsonBody<CreateRefundRequest> body,
        AuthenticatedPortal portal,
        RequestIdempotency idempotency,
        RefundService refunds,
        CancellationToken cancellationToken)
    {
        var result = await refunds.CreateAsync(portal, body.Value!, idempotency.Key, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/v1/refunds/{result.Value.Id}", RefundService.ToResponse(result.Value))
            : Problems.From(result.Error);
    }

    private static async Task<Results<Ok<RefundResponse>, ProblemHttpResult>> GetAsync(
        string id, AuthenticatedPortal portal, RefundService refunds, CancellationToken cancellationToken)
    {
        var result = await refunds.GetAsync(portal, id, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(RefundService.ToResponse(result.Value)) : Problems.From(result.Error);
    }

    private static async Task<Results<Ok<Page<RefundResponse>>, ProblemHttpResult>> ListAsync(
        HttpRequest request, AuthenticatedPortal portal, RefundService refunds, CancellationToken cancellationToken)
    {
        var query = RefundListQuery.Parse(request.Query);
        if (!query.IsSuccess)
        {
            return Problems.From(query.Error);
        }

        var page = await refunds.ListAsync(portal, query.Value, cancellationToken);
        return TypedResults.Ok(new Page<RefundResponse>(page.Data.Select(RefundService.ToResponse).ToList(), page.HasMore, page.Url));
    }
}
