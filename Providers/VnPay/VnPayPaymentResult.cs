namespace PayGov.Providers.VnPay;

/// <summary>The outcome of a VNPAY payment read from <c>vnp_ResponseCode</c> and <c>vnp_TransactionStatus</c>.</summary>
public enum VnPayPaymentResult
{
    /// <summary>Both codes are <c>00</c>: paid.</summary>
    Succeeded,

    /// <summary>Either code is <c>07</c>: money taken but flagged by VNPAY's fraud check; a later querydr settles it.</summary>
    UnderReview,

    /// <summary>A listed failure code: the attempt failed and the citizen may try another method.</summary>
    Declined,

    /// <summary>A code not in VNPAY's tables: not success; raise an exception for review.</summary>
    Unknown,
}
