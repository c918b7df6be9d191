using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Infrastructure.Idempotency;

namespace PayGov.Gateway.Webhooks;

/// <summary>The portal API for webhook endpoints and for the delivery log of each event (DESIGN §5).</summary>
public static class WebhookEndpointEndpoints
{
    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder routes)
    {
        var endpoints = routes.MapGroup("/webhook_endpoints").WithTags("Webhook endpoints");
        endpoints.MapPost("", CreateAsync)
            .WithName("CreateWebhookEndpoint")
            .WithSummary("Register a URL for signed events; the answer shows its secret once")
            .WithValidatedBody<CreateWebhookEndpointRequest>()
            .AcceptIdempotencyKey();
        endpoints.MapGet("", ListAsync).WithName("ListWebhookEndpoints").WithSummary("List webhook endpoints");
        endpoints.MapGet("/{id}", GetAsync).WithName("GetWebhookEndpoint").WithSummary("Retrieve a webhook endpoint");
        endpoints.MapDelete("/{id}", DeleteAsync).WithName("DeleteWebhookEndpoint").WithSummary("Stop sending to a webhook endpoint");
        endpoints.MapPost("/{id}/rotate_secret", RotateSecretAsync)
            .WithName("RotateWebhookSecret")
            .WithSummary("Issue a new signing secret; the old one keeps signing for the overlap")
            .WithValidatedBody<RotateWebhookSecretRequest>();
        endpoints.MapPost("/{id}/enable", EnableAsync).WithName("EnableWebhookEndpoint").WithSummary("Turn a disabled endpoint back on");

        var deliveries = routes.MapGroup("/events/{id}/deliveries").WithTags("Events");
        deliveries.MapGet("", DeliveriesAsync).WithName("ListEventDeliveries").WithSummary("The delivery log of an event, per endpoint, with every attempt");
        deliveries.MapPost("/{deliveryId}/replay", ReplayAsync).WithName("ReplayEventDelivery").WithSummary("Send an event to an endpoint again now");
        return routes;
    }

    private static async Task<Results<Created<WebhookEndpointResponse>, ProblemHttpResult>> CreateAsync(
        JsonBody<CreateWebhookEndpointRequest> body, AuthenticatedPortal portal, WebhookEndpointService webhooks, CancellationToken cancellationToken)
    {
        var result = await webhooks.CreateAsync(portal, body.Value!, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/v1/webhook_endpoints/{result.Value.Endpoint.Id}", WebhookEndpointResponse.From(result.Value.Endpoint, result.Value.Secret))
            : Problems.From(result.Error);
    }

    private static async Task<Ok<Page<WebhookEndpointResponse>>> ListAsync(
        AuthenticatedPortal portal, WebhookEndpointService webhooks, CancellationToken cancellationToken)
    {
        var endpoints = await webhooks.ListAsync(portal, cancellationToken);
        return TypedResults.Ok(new Page<WebhookEndpointResponse>(endpoints.Select(e => WebhookEndpointResponse.From(e)).ToList(), false, "/v1/webhook_endpoints"));
    }

    private static async Task<Results<Ok<WebhookEndpointResponse>, ProblemHttpResult>> GetAsync(
        string id, AuthenticatedPortal portal, WebhookEndpointService webhooks, CancellationToken cancellationToken) =>
        Answer(await webhooks.GetAsync(portal, id, cancellationToken));

    private static async Task<Results<Ok<WebhookEndpointResponse>, ProblemHttpResult>> DeleteAsync(
        string id, AuthenticatedPortal portal, WebhookEndpointService webhooks, CancellationToken cancellationToken) =>
        Answer(await webhooks.DeleteAsync(portal, id, cancellationToken));

    private static async Task<Results<Ok<WebhookEndpointResponse>, ProblemHttpResult>> EnableAsync(
        string id, AuthenticatedPortal portal, WebhookEndpointService webhooks, CancellationToken cancellationToken) =>
        Answer(await webhooks.EnableAsync(portal, id, cancellationToken));

    private static async Task<Results<Ok<WebhookEndpointResponse>, ProblemHttpResult>> RotateSecretAsync(
        string id, JsonBody<RotateWebhookSecretRequest> body, AuthenticatedPortal portal, WebhookEndpointService webhooks, CancellationToken cancellationToken)
    {
        var overlap = TimeSpan.FromSeconds(body.Value?.OverlapSeconds ?? RotateWebhookSecretRequest.DefaultOverlapSeconds);
        var result = await webhooks.RotateSecretAsync(portal, id, overlap, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(WebhookEndpointResponse.From(result.Value.Endpoint, result.Value.Secret)) : Problems.From(result.Error);
    }

    private static async Task<Results<Ok<Page<WebhookDeliveryResponse>>, ProblemHttpResult>> DeliveriesAsync(
        string id, AuthenticatedPortal portal, WebhookEndpointService webhooks, CancellationToken cancellationToken)
    {
        var result = await webhooks.DeliveriesOfAsync(portal, id, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Ok(new Page<WebhookDeliveryResponse>(result.Value.Select(WebhookDeliveryResponse.From).ToList(), false, $"/v1/events/{id}/deliveries"))
            : Problems.From(result.Error);
    }

    private static async Task<Results<Ok<WebhookDeliveryResponse>, ProblemHttpResult>> ReplayAsync(
        string id, string deliveryId, AuthenticatedPortal portal, WebhookEndpointService webhooks, CancellationToken cancellationToken)
    {
        var result = await webhooks.ReplayAsync(portal, id, deliveryId, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(WebhookDeliveryResponse.From(result.Value)) : Problems.From(result.Error);
    }

    private static Results<Ok<WebhookEndpointResponse>, ProblemHttpResult> Answer(Result<WebhookEndpoint> result) =>
        result.IsSuccess ? TypedResults.Ok(WebhookEndpointResponse.From(result.Value)) : Problems.From(result.Error);
}
