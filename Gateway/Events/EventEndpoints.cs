using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;

namespace PayGov.Gateway.Events;

/// <summary>The portal API for events: every state change, with the object as it was after it.</summary>
public static class EventEndpoints
{
    public static RouteGroupBuilder MapEvents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/events").WithTags("Events");
        group.MapGet("", ListAsync).WithName("ListEvents").WithSummary("List events, newest first");
        group.MapGet("/{id}", GetAsync).WithName("GetEvent").WithSummary("Retrieve an event");
        return group;
    }

    private static async Task<Results<Ok<Page<EventResponse>>, ProblemHttpResult>> ListAsync(
        HttpRequest request, AuthenticatedPortal portal, EventService events, CancellationToken cancellationToken)
    {
        var query = EventListQuery.Parse(request.Query);
        if (!query.IsSuccess)
        {
            return Problems.From(query.Error);
        }

        var page = await events.ListAsync(portal, query.Value, cancellationToken);
        return TypedResults.Ok(new Page<EventResponse>(page.Data.Select(EventResponse.From).ToList(), page.HasMore, page.Url));
    }

    private static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> GetAsync(
        string id, AuthenticatedPortal portal, EventService events, CancellationToken cancellationToken)
    {
        var result = await events.GetAsync(portal, id, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(EventResponse.From(result.Value)) : Problems.From(result.Error);
    }
}
