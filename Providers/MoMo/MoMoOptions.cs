using System.ComponentModel.DataAnnotations;

namespace PayGov.Providers.MoMo;

/// <summary>PayGov's MoMo merchant configuration (momo.md §1), bound from <see cref="SectionName"/> and validated at start.</summary>
public sealed class MoMoOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Providers:MoMo";

    /// <summary>The merchant id MoMo issued (<c>partnerCode</c>).</summary>
    [Required]
    public string PartnerCode { get; set; } = string.Empty;

    /// <summary>The access key; it goes into every signed string and is never sent as a field.</summary>
    [Required]
    public string AccessKey { get; set; } = string.Empty;

    /// <summary>The secret keys: the first signs, every one verifies (more than one during a rotation).</summary>
    [Required]
    [MinLength(1)]
    public IList<string> SecretKeys { get; } = [];

    /// <summary>MoMo's API root, e.g. <c>https://test-payment.momo.vn</c>, or the PayGov sandbox's MoMo prefix.</summary>
    [Required]
    public Uri? BaseUrl { get; set; }

    /// <summary>PayGov's IPN endpoint, sent in each create (<c>ipnUrl</c>).</summary>
    [Required]
    public Uri? IpnUrl { get; set; }

    /// <summary>PayGov's browser return page (<c>redirectUrl</c>), unless a create names its own.</summary>
    [Required]
    public Uri? RedirectUrl { get; set; }

    /// <summary>The display name sent as <c>partnerName</c>.</summary>
    public string PartnerName { get; set; } = "PayGov";

    /// <summary>The store id sent as <c>storeId</c>.</summary>
    public string StoreId { get; set; } = "PAYGOV";

    /// <summary>The language of MoMo's <c>message</c>: <c>vi</c> or <c>en</c>.</summary>
    [RegularExpression("^(vi|en)$")]
    public string Lang { get; set; } = "vi";

    /// <summary>The smallest amount PayGov routes to MoMo, in đồng (the contract's limit; wallet 1,000 by default).</summary>
    [Range(1, long.MaxValue)]
    public long MinAmount { get; set; } = 1_000;

    /// <summary>The largest amount PayGov routes to MoMo, in đồng (50,000,000 by default).</summary>
    [Range(1, long.MaxValue)]
    public long MaxAmount { get; set; } = 50_000_000;
}
