using System.ComponentModel.DataAnnotations;

namespace DossierPortal.Payments;

/// <summary>The <c>PayGov</c> section: where the gateway is, this portal's key, and the webhook secret if one was registered by hand.</summary>
internal sealed class PayGovSettings
{
    public const string SectionName = "PayGov";

    [Required]
    public Uri BaseUrl { get; set; } = new("http://localhost:5080/");

    [Required(AllowEmptyStrings = false)]
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Gets or sets the endpoint's signing secret; empty means "register an endpoint at start and keep its secret in memory".</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Gets or sets where citizens reach this portal; the return URL after checkout is built on it (its host must be on the portal's allow-list).</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3000/");

    /// <summary>Gets or sets the URL PayGov should POST webhooks to when registering at start, or null for this app's own first address.</summary>
    public Uri? WebhookUrl { get; set; }
}
