using System.ComponentModel.DataAnnotations;

namespace PayGov.Providers.ZaloPay;

/// <summary>PayGov's ZaloPay application (zalopay.md §1), bound from <see cref="SectionName"/> and validated at start.</summary>
public sealed class ZaloPayOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Providers:ZaloPay";

    /// <summary>The application id ZaloPay issued (<c>app_id</c>).</summary>
    [Range(1, long.MaxValue)]
    public long AppId { get; set; }

    /// <summary>Key1: signs what PayGov sends (create, query, refund, query_refund).</summary>
    [Required]
    public string Key1 { get; set; } = string.Empty;

    /// <summary>Every active key2: verifies what ZaloPay sends (callback <c>mac</c>, redirect <c>checksum</c>); more than one during a rotation.</summary>
    [Required]
    [MinLength(1)]
    public IList<string> Key2s { get; } = [];

    /// <summary>ZaloPay's API root, e.g. <c>https://sb-openapi.zalopay.vn</c>, or the PayGov sandbox's ZaloPay prefix.</summary>
    [Required]
    public Uri? BaseUrl { get; set; }

    /// <summary>PayGov's callback endpoint, sent with each order (<c>callback_url</c>).</summary>
    [Required]
    public Uri? CallbackUrl { get; set; }

    /// <summary>PayGov's browser return page, sent inside <c>embed_data</c> as <c>redirecturl</c>.</summary>
    [Required]
    public Uri? RedirectUrl { get; set; }

    /// <summary>The <c>app_user</c> sent with each order: PayGov's identity, never personal data (at most 50 characters).</summary>
    [Required]
    [StringLength(50)]
    public string AppUser { get; set; } = "PayGov";

    /// <summary>The smallest amount PayGov routes to ZaloPay, in đồng.</summary>
    [Range(1, long.MaxValue)]
    public long MinAmount { get; set; } = 1_000;

    /// <summary>The largest amount PayGov routes to ZaloPay, in đồng.</summary>
    [Range(1, long.MaxValue)]
    public long MaxAmount { get; set; } = 50_000_000;
}
