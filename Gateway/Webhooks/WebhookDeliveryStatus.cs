namespace PayGov.Gateway.Webhooks;

/// <summary>Where one event's delivery to one endpoint stands.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Not yet answered with 2xx; due at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>The endpoint answered 2xx.</summary>
    Succeeded,

    /// <summary>Retried for the whole retry period without a 2xx, or its endpoint was deleted or disabled.</summary>
    Abandoned,
}
