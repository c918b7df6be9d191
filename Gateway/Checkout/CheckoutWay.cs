using PayGov.Providers;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// One way to pay as the citizen sees it: a method and the provider asked for it first. Routing may still fail over
/// to another provider of the same method, and the pages then name the provider that actually started.
/// </summary>
public sealed record CheckoutWay(string Key, PaymentMethod Method, ProviderId Provider)
{
    public static readonly CheckoutWay VietQr = new("vietqr", PaymentMethod.BankTransfer, ProviderId.BankTransfer);
    public static readonly CheckoutWay MoMo = new("momo", PaymentMethod.Wallet, ProviderId.MoMo);
    public static readonly CheckoutWay ZaloPay = new("zalopay", PaymentMethod.Wallet, ProviderId.ZaloPay);
    public static readonly CheckoutWay VnPay = new("vnpay", PaymentMethod.Card, ProviderId.VnPay);

    /// <summary>In the order the page lists them: the free bank transfer first.</summary>
    public static readonly IReadOnlyList<CheckoutWay> All = [VietQr, MoMo, ZaloPay, VnPay];

    public static CheckoutWay? Find(string? key) => All.FirstOrDefault(w => string.Equals(w.Key, key, StringComparison.Ordinal));

    public string NameIn(CheckoutText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Provider switch
        {
            ProviderId.BankTransfer => text.WayVietQr,
            ProviderId.MoMo => text.WayMoMo,
            ProviderId.ZaloPay => text.WayZaloPay,
            ProviderId.VnPay => text.WayVnPay,
            _ => throw new ArgumentOutOfRangeException(nameof(text), Provider, "Undefined provider."),
        };
    }

    /// <summary>The provider's own name, for "continue at …" and receipts.</summary>
    public static string ProviderName(string providerWireName) => providerWireName switch
    {
        "momo" => "MoMo",
        "zalopay" => "ZaloPay",
        "vnpay" => "VNPAY",
        "bank_transfer" => "VietQR / NAPAS 247",
        _ => providerWireName,
    };
}
