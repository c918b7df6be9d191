using System.ComponentModel.DataAnnotations;

namespace PayGov.Providers.Sandbox.VnPay;

/// <summary>
/// The terminal the VNPAY sandbox knows, bound from <see cref="SectionName"/>. The defaults are the invented test
/// values of <c>vectors/vnpay.json</c>: the sandbox profile is the one place where secrets have defaults.
/// </summary>
public sealed class VnPaySandboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sandbox:VnPay";

    /// <summary>The merchant's terminal code (<c>vnp_TmnCode</c>).</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9]{8}$")]
    public string TmnCode { get; set; } = "PGOVTEST";

    /// <summary>The merchant's hash secret: verifies requests, signs results and answers.</summary>
    [Required]
    public string HashSecret { get; set; } = "TESTONLYVNPAYSECRET0000000000001";

    /// <summary>
    /// The merchant's IPN URL. VNPAY holds it from the merchant portal, never from a request (vnpay.md §1); absent,
    /// the sandbox sends no IPN.
    /// </summary>
    public Uri? IpnUrl { get; set; }

    /// <summary>
    /// The waits before resending an IPN not answered <c>RspCode</c> <c>00</c> or <c>02</c>, in seconds; the PayGov rule for
    /// the sandbox is 60, 120, 300, 600, 1800 (vnpay.md §5.2). One comma-separated value so configuration replaces it whole.
    /// </summary>
    [Required]
    [RegularExpression(SandboxRetryDelays.Pattern)]
    public string IpnRetryDelaysSeconds { get; set; } = "60,120,300,600,1800";

    /// <summary>The parsed <see cref="IpnRetryDelaysSeconds"/>.</summary>
    public IReadOnlyList<TimeSpan> IpnRetryDelays => SandboxRetryDelays.Parse(IpnRetryDelaysSeconds);

    /// <summary>
    /// VNPAY's fee on a successful payment in the settlement file, in hundredths of a percent of the gross, rounded half up
    /// to the đồng (110 = 1.1 %, as in formats/vnpay.md's sample and the sandbox's reconciliation tariff). Refunds carry no fee.
    /// </summary>
    [Range(0, 10_000)]
    public int FeeBasisPoints { get; set; } = 110;

    /// <summary>The merchant account VNPAY pays settlements into, named on the file's <c>CHI</c> lines; by default the sandbox bank's collection account, so the payouts appear on its statement.</summary>
    [Required]
    public string PayoutAccount { get; set; } = "1023456789";

    /// <summary>VNPAY's own settlement account: the ordering account of its payouts, as the bank statement shows it.</summary>
    [Required]
    public string SettlementAccount { get; set; } = "0071000789012";
}
