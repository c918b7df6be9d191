namespace PayGov.Providers;

/// <summary>The payment providers PayGov integrates with. Wire names come from <see cref="ProviderIdExtensions.ToWireName"/>.</summary>
public enum ProviderId
{
    /// <summary>VNPAY payment gateway 2.1.0; wire name <c>vnpay</c>.</summary>
    VnPay,

    /// <summary>MoMo All-In-One API v2; wire name <c>momo</c>.</summary>
    MoMo,

    /// <summary>ZaloPay API v2; wire name <c>zalopay</c>.</summary>
    ZaloPay,

    /// <summary>Bank transfer by VietQR, confirmed by the bank credit notification; wire name <c>bank_transfer</c>.</summary>
    BankTransfer,
}
