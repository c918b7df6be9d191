using System.ComponentModel.DataAnnotations;

namespace PayGov.Providers.VnPay;

/// <summary>PayGov's VNPAY terminal (vnpay.md §1), bound from <see cref="SectionName"/> and validated at start.</summary>
public sealed class VnPayOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Providers:VnPay";

    /// <summary>The terminal code VNPAY issued (<c>vnp_TmnCode</c>), 8 letters or digits.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9]{8}$")]
    public string TmnCode { get; set; } = string.Empty;

    /// <summary>The hash secrets: the first signs, every one verifies (more than one during a rotation).</summary>
    [Required]
    [MinLength(1)]
    public IList<string> HashSecrets { get; } = [];

    /// <summary>VNPAY's payment page, e.g. <c>https://sandbox.vnpayment.vn/paymentv2/vpcpay.html</c>, or the PayGov sandbox's.</summary>
    [Required]
    public Uri? PaymentUrl { get; set; }

    /// <summary>VNPAY's <c>querydr</c> and <c>refund</c> endpoint (one URL for both), e.g. <c>https://sandbox.vnpayment.vn/merchant_webapi/api/transaction</c>.</summary>
    [Required]
    public Uri? ApiUrl { get; set; }

    /// <summary>PayGov's browser return page (<c>vnp_ReturnUrl</c>), unless a payment names its own. The IPN URL is not here: it is registered with VNPAY, never sent.</summary>
    [Required]
    public Uri? ReturnUrl { get; set; }

    /// <summary>
    /// The address sent as <c>vnp_IpAddr</c> on querydr and refund ("IP of the server calling", vnpay.md §6), and on a
    /// payment whose citizen's address is unknown; set it to the egress address VNPAY sees.
    /// </summary>
    [Required]
    [StringLength(45, MinimumLength = 7)]
    public string ServerIpAddress { get; set; } = "127.0.0.1";

    /// <summary>The language of VNPAY's page: <c>vn</c> or <c>en</c>.</summary>
    [RegularExpression("^(vn|en)$")]
    public string Locale { get; set; } = "vn";

    /// <summary>The smallest amount PayGov routes to VNPAY, in đồng (from the merchant contract; 5,000 by default).</summary>
    [Range(1, long.MaxValue)]
    public long MinAmount { get; set; } = 5_000;

    /// <summary>The largest amount PayGov routes to VNPAY, in đồng (from the merchant contract; 500,000,000 by default).</summary>
    [Range(1, long.MaxValue)]
    public long MaxAmount { get; set; } = 500_000_000;
}
