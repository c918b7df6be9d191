using System.ComponentModel.DataAnnotations;

namespace PayGov.Providers.Sandbox.ZaloPay;

/// <summary>
/// The application the ZaloPay sandbox knows, bound from <see cref="SectionName"/>. The defaults are the invented
/// test values of <c>vectors/zalopay.json</c>: the sandbox profile is the one place where secrets have defaults.
/// </summary>
public sealed class ZaloPaySandboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sandbox:ZaloPay";

    /// <summary>The application id.</summary>
    [Range(1, long.MaxValue)]
    public long AppId { get; set; } = 9999;

    /// <summary>Key1: verifies the merchant's requests.</summary>
    [Required]
    public string Key1 { get; set; } = "TESTONLYzalopayKey1aaaaaaaaaaaaa";

    /// <summary>Key2: signs callbacks and redirects.</summary>
    [Required]
    public string Key2 { get; set; } = "TESTONLYzalopayKey2bbbbbbbbbbbbb";

    /// <summary>The smallest amount accepted, in đồng.</summary>
    public long MinAmount { get; set; } = 1_000;

    /// <summary>The largest amount accepted, in đồng.</summary>
    public long MaxAmount { get; set; } = 50_000_000;

    /// <summary>
    /// The waits before each further callback while the merchant answers neither 1 nor 2, in seconds: at most 3
    /// more (zalopay.md §9). ZaloPay's timing is not published; one comma-separated value so configuration replaces it whole.
    /// </summary>
    [Required]
    [RegularExpression(@"^\d+(\.\d+)?(,\d+(\.\d+)?){0,2}$|^$")]
    public string CallbackRetryDelaysSeconds { get; set; } = "60,300,900";

    /// <summary>
    /// ZaloPay's fee on a successful payment in the settlement file, in hundredths of a percent of the gross, rounded half
    /// up to the đồng (100 = 1 %, as in formats/zalopay.md's sample and the sandbox's reconciliation tariff). Refunds carry no fee.
    /// </summary>
    [Range(0, 10_000)]
    public int FeeBasisPoints { get; set; } = 100;

    /// <summary>The merchant account ZaloPay pays settlements into, named on the file's <c>P</c> records; by default the sandbox bank's collection account, so the payouts appear on its statement.</summary>
    [Required]
    public string PayoutAccount { get; set; } = "1023456789";

    /// <summary>ZaloPay's own settlement account: the ordering account of its payouts, as the bank statement shows it.</summary>
    [Required]
    public string SettlementAccount { get; set; } = "0181003579246";

    /// <summary>Refunds are answered <c>3</c> (processing) and settle at the next query_refund (zalopay.md §9); false answers <c>1</c> at once.</summary>
    public bool RefundsPendingFirst { get; set; } = true;

    /// <summary>The parsed <see cref="CallbackRetryDelaysSeconds"/>.</summary>
    public IReadOnlyList<TimeSpan> CallbackRetryDelays => SandboxRetryDelays.Parse(CallbackRetryDelaysSeconds);
}
