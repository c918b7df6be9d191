using System.Text.Json.Serialization;
using PayGov.Client.Infrastructure;

namespace PayGov.Client.Webhooks;

/// <summary>Where one event's delivery to one endpoint stands (wire names <c>pending</c>, <c>succeeded</c>, <c>abandoned</c>).</summary>
[JsonConverter(typeof(WireEnumJsonConverter<WebhookDeliveryStatus>))]
public enum WebhookDeliveryStatus
{
    /// <summary>A status this version of the library does not know; upgrade.</summary>
    Unknown,

    /// <summary>Not yet answered with a 2xx; PayGov tries again at <see cref="WebhookDelivery.NextAttemptAt"/> (<c>pending</c>).</summary>
    Pending,

    /// <summary>The endpoint answered 2xx (<c>succeeded</c>).</summary>
    Succeeded,

    /// <summary>Retried for the whole retry period without a 2xx, or the endpoint was deleted or disabled (<c>abandoned</c>).</summary>
    Abandoned,
}
