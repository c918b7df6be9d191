using PayGov.Gateway.Payments;
using PayGov.Gateway.Receipts;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Checkout;

/// <summary>Everything the checkout page renders; built by <see cref="CheckoutService.ViewAsync"/>.</summary>
public sealed record CheckoutView(
    CheckoutText Text,
    CheckoutSession Session,
    CheckoutStage Stage,
    IReadOnlyList<WayOffer> Offers,
    CheckoutNotice Notice,
    PaymentAttempt? Attempt,
    TransferDetails? Transfer,
    ReceiptDocument? Receipt,
    string? ReturnUrl,
    bool BiometricCheckAhead,
    int? WatchSeconds,
    AntiforgeryField Antiforgery)
{
    public PaymentIntent Intent => Session.Intent;

    public string PagePath => "/pay/" + Intent.Id;

    /// <summary>The token a waiting page compares to learn that something changed: status and version.</summary>
    public string State => StateOf(Intent);

    public static string StateOf(PaymentIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return intent.Status.ToWire() + ":" + intent.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
