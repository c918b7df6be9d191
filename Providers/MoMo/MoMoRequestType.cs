namespace PayGov.Providers.MoMo;

/// <summary>MoMo's <c>requestType</c> (momo.md §3): which of MoMo's methods the hosted page offers.</summary>
public enum MoMoRequestType
{
    /// <summary><c>captureWallet</c>: the MoMo wallet or its QR.</summary>
    CaptureWallet,

    /// <summary><c>payWithATM</c>: a domestic card.</summary>
    PayWithAtm,

    /// <summary><c>payWithCC</c>: an international card.</summary>
    PayWithCreditCard,

    /// <summary><c>payWithMethod</c>: every method enabled for the merchant.</summary>
    PayWithMethod,
}
