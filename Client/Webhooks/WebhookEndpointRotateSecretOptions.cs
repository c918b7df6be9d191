namespace PayGov.Client.Webhooks;

/// <summary>What <see cref="WebhookEndpointService.RotateSecretAsync"/> sends.</summary>
public sealed class WebhookEndpointRotateSecretOptions
{
    /// <summary>
    /// Gets how many seconds the old secret keeps signing beside the new one (0 to 604800, a week), or
    /// <see langword="null"/> for PayGov's default of 86400 (a day).
    /// </summary>
    public long? OverlapSeconds { get; init; }
}
