using System.Text.Json.Serialization;
using PayGov.Client.Infrastructure;

namespace PayGov.Client.Webhooks;

/// <summary>Whether PayGov delivers to a webhook endpoint (wire names <c>enabled</c>, <c>disabled</c>, <c>deleted</c>).</summary>
[JsonConverter(typeof(WireEnumJsonConverter<WebhookEndpointStatus>))]
public enum WebhookEndpointStatus
{
    /// <summary>A status this version of the library does not know; upgrade.</summary>
    Unknown,

    /// <summary>Events are delivered (<c>enabled</c>).</summary>
    Enabled,

    /// <summary>Delivery failed for the whole retry period and stopped; <see cref="WebhookEndpointService.EnableAsync"/> turns it back on (<c>disabled</c>).</summary>
    Disabled,

    /// <summary>Deleted by the portal; nothing more is sent, the delivery log stays (<c>deleted</c>).</summary>
    Deleted,
}
