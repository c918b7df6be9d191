using System.ComponentModel.DataAnnotations;

namespace PayGov.Providers.Sandbox.MoMo;

/// <summary>
/// The merchant the MoMo sandbox knows, bound from <see cref="SectionName"/>. The defaults are the invented
/// test values of <c>vectors/momo.json</c>: the sandbox profile is the one place where secrets have defaults.
/// </summary>
public sealed class MoMoSandboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sandbox:MoMo";

    /// <summary>The merchant's <c>partnerCode</c>.</summary>
    [Required]
    public string PartnerCode { get; set; } = "MOMOPGOVTEST01";

    /// <summary>The merchant's access key.</summary>
    [Required]
    public string AccessKey { get; set; } = "TESTONLYaccess01";

    /// <summary>The merchant's secret key: verifies requests, signs IPNs and redirects.</summary>
    [Required]
    public string SecretKey { get; set; } = "TESTONLYmomoSecretKey00000000001";

    /// <summary>The smallest amount accepted, in đồng.</summary>
    public long MinAmount { get; set; } = 1_000;

    /// <summary>The largest amount accepted, in đồng.</summary>
    public long MaxAmount { get; set; } = 50_000_000;

    /// <summary>The smallest refund accepted, in đồng (momo.md §7).</summary>
    public long MinRefundAmount { get; set; } = 1_000;

    /// <summary>
    /// MoMo's fee on a successful payment in the settlement file, in hundredths of a percent of the gross, rounded half up
    /// to the đồng (150 = 1.5 %, as in formats/momo.md's sample and the sandbox's reconciliation tariff). Refunds carry no fee.
    /// </summary>
    [Range(0, 10_000)]
    public int FeeBasisPoints { get; set; } = 150;

    /// <summary>The merchant account MoMo pays settlements into (its layout does not name it: PayGov configures it); by default the sandbox bank's collection account, so the payouts appear on its statement.</summary>
    [Required]
    public string PayoutAccount { get; set; } = "1023456789";

    /// <summary>MoMo's own settlement account: the ordering account of its payouts, as the bank statement shows it.</summary>
    [Required]
    public string SettlementAccount { get; set; } = "0531002468013";

    /// <summary>
    /// The waits before resending an IPN that did not get 204, in seconds; the PayGov rule for the sandbox is
    /// 60, 300, 900 (momo.md §5). Given as one comma-separated value so configuration replaces it whole.
    /// </summary>
    [Required]
    [RegularExpression(SandboxRetryDelays.Pattern)]
    public string IpnRetryDelaysSeconds { get; set; } = "60,300,900";

    /// <summary>The parsed <see cref="IpnRetryDelaysSeconds"/>.</summary>
    public IReadOnlyList<TimeSpan> IpnRetryDelays => SandboxRetryDelays.Parse(IpnRetryDelaysSeconds);
}
