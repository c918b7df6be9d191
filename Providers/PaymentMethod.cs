namespace PayGov.Providers;

/// <summary>How a citizen pays; routing first filters providers by the portal's allowed methods (DESIGN §6).</summary>
public enum PaymentMethod
{
    /// <summary>Interbank transfer (VietQR / NAPAS 247, or a bank app through a gateway).</summary>
    BankTransfer,

    /// <summary>E-wallet (MoMo, ZaloPay, VNPAY QR).</summary>
    Wallet,

    /// <summary>Domestic or international card.</summary>
    Card,
}
