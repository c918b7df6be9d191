namespace DossierPortal.Payments;

/// <summary>The secret the webhook receiver verifies with: from configuration, or the one PayGov answered when the app registered itself.</summary>
internal sealed class WebhookSecrets
{
    private volatile string? current;

    public WebhookSecrets(string? configured) => current = string.IsNullOrWhiteSpace(configured) ? null : configured;

    public string? Current => current;

    public void Use(string secret) => current = secret;
}
