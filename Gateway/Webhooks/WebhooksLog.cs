namespace PayGov.Gateway.Webhooks;

/// <summary>Log messages of the webhooks feature (event ids 3000–3999). Never URLs' query strings, secrets or bodies.</summary>
internal static partial class WebhooksLog
{
    [LoggerMessage(3000, LogLevel.Information, "Delivered event {EventId} to endpoint {EndpointId} (attempt {Attempt}, HTTP {StatusCode}, {DurationMs} ms)")]
    public static partial void Delivered(this ILogger logger, string eventId, string endpointId, int attempt, int statusCode, long durationMs);

    [LoggerMessage(3001, LogLevel.Warning, "Delivery of event {EventId} to endpoint {EndpointId} failed (attempt {Attempt}: {Failure}); next at {NextAttemptAt}")]
    public static partial void DeliveryFailed(this ILogger logger, string eventId, string endpointId, int attempt, string failure, DateTimeOffset nextAttemptAt);

    [LoggerMessage(3002, LogLevel.Warning, "Delivery of event {EventId} to endpoint {EndpointId} abandoned after {Attempt} attempts")]
    public static partial void DeliveryAbandoned(this ILogger logger, string eventId, string endpointId, int attempt);

    [LoggerMessage(3003, LogLevel.Warning, "Webhook endpoint {EndpointId} of portal {PortalId} disabled: failing since {FailingSince}")]
    public static partial void EndpointDisabled(this ILogger logger, string endpointId, string portalId, DateTimeOffset failingSince);

    [LoggerMessage(3004, LogLevel.Error, "The webhook dispatcher pass failed; it runs again at the next poll")]
    public static partial void DispatcherPassFailed(this ILogger logger, Exception exception);
}
