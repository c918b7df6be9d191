using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Checkout;

/// <summary>The citizen pages (section <c>Checkout</c>).</summary>
public sealed class CheckoutOptions
{
    public const string SectionName = "Checkout";

    /// <summary>
    /// Origins of the providers' hosted pages (e.g. <c>https://pay.vnpay.vn</c>). The "pay" form redirects there, and
    /// browsers hold a form's redirects to its page's <c>form-action</c> policy. The in-process sandbox is this origin.
    /// </summary>
    public IList<Uri> ProviderPageOrigins { get; } = [];

    /// <summary>How often a page waiting for a provider's word asks whether PayGov has recorded a change.</summary>
    [Range(1, 60)]
    public int WatchSeconds { get; set; } = 4;

    /// <summary>
    /// Above this amount (đồng) a bank transfer needs the payer's biometric check in the banking app (State Bank of
    /// Vietnam Decision 2345/QĐ-NHNN, in force since 1 July 2024); the page says so before the citizen starts.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long BiometricThreshold { get; set; } = 10_000_000;
}
