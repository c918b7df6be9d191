using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Infrastructure.Idempotency;

namespace PayGov.Gateway.Payments;

/// <summary>The portal API for payment intents (DESIGN §5).</summary>
public static class PaymentIntentEndpoints
{
    public static RouteGroupBuilder MapPaymentIntents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/payment_intents").WithTags("Payment intents");

        group.MapPost("", CreateAsync)
            .WithName("CreatePaymentIntent")
            .WithSummary("Create a payment intent for a dossier's fees")
            .WithValidatedBody<CreatePaymentIntentRequest>()
            .RequireIdempotencyKey();
        group.MapGet("", ListAsync)
            .WithName("ListPaymentIntents")
            .WithSummary("List payment intents, newest first, with filters and cursor pages");
        group.MapGet("/{id}", GetAsync)
            .WithName("GetPaymentIntent")
            .WithSummary("Retrieve a payment intent");
        group.MapPost("/{id}/cancel", CancelAsync)
            .WithName("CancelPaymentIntent")
            .WithSummary("Cancel a payment intent that is not paid yet")
            .WithValidatedBody<CancelPaymentIntentRequest>()
            .AcceptIdempotencyKey();
        return group;
    }

    private static async Task<Results<Created<PaymentIntentResponse>, ProblemHttpResult>> CreateAsync(
        JsonBody<CreatePaymentIntentRequest> body,
        AuthenticatedPortal portal,
        RequestIdempotency idempotency,
        PaymentIntentService intents,
        CancellationToken cancellationToken)
    {
        var result = await intents.CreateAsync(portal, body.Value!, idempotency.Key, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/v1/payment_intents/{result.Value.Id}", intents.ToResponse(result.Value))
            : Problems.From(result.Error);
    }

    private static async Task<Results<Ok<PaymentIntentResponse>, ProblemHttpResult>> GetAsync(
        string id, AuthenticatedPortal portal, PaymentIntentService intents, PaymentAttemptService attempts, CancellationToken cancellationToken)
    {
        var result = await intents.GetAsync(portal, id, cancellationToken);
        if (result.IsSuccess && result.Value.Status == PaymentIntentStatus.Processing
            && await attempts.OpenAttemptAsync(id, cancellationToken) is { IsInDoubt: true } inDoubt)
        {
            // A portal asking about a payment in doubt gets the provider's answer now, not at the next scheduled query.
            await attempts.SettleAsync(inDoubt, cancellationToken);
            result = await intents.GetAsync(portal, id, cancellationToken);
        }

        return result.IsSuccess ? TypedResults.Ok(intents.ToResponse(result.Value)) : Problems.From(result.Error);
    }

    private static async Task<Results<Ok<Page<PaymentIntentResponse>>, ProblemHttpResult>> ListAsync(
        HttpRequest request, AuthenticatedPortal portal, PaymentIntentService intents, CancellationToken cancellationToken)
    {
        var query = PaymentIntentListQuery.Parse(request.Query);
        if (!query.IsSuccess)
        {
            return Problems.From(query.Error);
        }

        var page = await intents.ListAsync(portal, query.Value, cancellationToken);
        return TypedResults.Ok(new Page<PaymentIntentResponse>(page.Data.Select(intents.ToResponse).ToList(), page.HasMore, page.Url));
    }

    private static async Task<Results<Ok<PaymentIntentResponse>, ProblemHttpResult>> CancelAsync(
        string id,
        JsonBody<CancelPaymentIntentRequest> body,
        AuthenticatedPortal portal,
        PaymentIntentService intents,
        CancellationToken cancellationToken)
    {
        var result = await intents.CancelAsync(portal, id, body.Value?.CancellationReason, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(intents.ToResponse(result.Value)) : Problems.From(result.Error);
    }
}
