using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Webhooks;

/// <summary>The body of <c>POST /v1/webhook_endpoints</c>; the URL is checked against the key's mode by the service.</summary>
public sealed record CreateWebhookEndpointRequest : IValidatedRequest
{
    public string? Url { get; init; }

    public List<string>? EnabledEvents { get; init; }

    public string? Description { get; init; }

    public ApiError? Validate()
    {
        if ((TextRules.Required(Url, "url", 2048) ?? TextRules.Optional(Description, "description", 200)) is { } error)
        {
            return error;
        }

        if (EnabledEvents is null || EnabledEvents.Count == 0)
        {
            return new ApiError(ErrorCodes.ParameterMissing, "'enabled_events' must list event types, or \"*\" for all.", "enabled_events");
        }

        var unknown = EnabledEvents.FirstOrDefault(type => type != WebhookEndpoint.AllEvents && !EventTypes.All.Contains(type));
        return EnabledEvents.Count > EventTypes.All.Count + 1 || unknown is not null || EnabledEvents.Contains(null!)
            ? new ApiError(ErrorCodes.ParameterInvalid, $"'{unknown}' is not an event type.", "enabled_events")
            : null;
    }
}
