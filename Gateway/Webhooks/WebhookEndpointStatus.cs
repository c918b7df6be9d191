namespace PayGov.Gateway.Webhooks;

/// <summary>Whether PayGov delivers to an endpoint; a deleted endpoint keeps its delivery log.</summary>
public enum WebhookEndpointStatus
{
    Enabled,
    Disabled,
    Deleted,
}
