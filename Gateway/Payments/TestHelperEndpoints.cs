using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;

namespace PayGov.Gateway.Payments;

/// <summary>Test-mode helpers of the portal API (DESIGN §5): they play the citizen through the providers' sandboxes.</summary>
public static class TestHelperEndpoints
{
    public static RouteGroupBuilder MapTestHelpers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/test_helpers/payment_intents").WithTags("Test helpers");
        group.MapPost("/{id}/simulate_payment", SimulatePaymentAsync)
            .WithName("SimulatePayment")
            .WithSummary("Test mode: pay or decline an intent through a provider's sandbox, callbacks and webhooks included")
            .WithValidatedBody<SimulatePaymentRequest>();
        return group;
    }

    private static async Task<Results<Ok<PaymentIntentResponse>, ProblemHttpResult>> SimulatePaymentAsync(
        string id,
        JsonBody<SimulatePaymentRequest> body,
        AuthenticatedPortal portal,
        PaymentSimulator simulator,
        PaymentIntentService intents,
        CancellationToken cancellationToken)
    {
        var result = await simulator.SimulateAsync(portal, id, body.Value!, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(intents.ToResponse(result.Value)) : Problems.From(result.Error);
    }
}
