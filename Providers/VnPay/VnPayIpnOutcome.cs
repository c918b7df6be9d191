namespace PayGov.Providers.VnPay;

/// <summary>What the gateway does with an IPN once its checks have run (vnpay.md §5.2).</summary>
public enum VnPayIpnOutcome
{
    /// <summary>Signature failed: log the rejected callback, change nothing.</summary>
    RejectedSignature,

    /// <summary>No such attempt (or another terminal): raise a <c>missing_at_gateway</c> exception.</summary>
    UnknownOrder,

    /// <summary>Amount differs: record the notification, raise <c>amount_mismatch</c>, do not mark paid.</summary>
    RejectedAmount,

    /// <summary>The attempt already has a result: nothing new if it repeats it, a duplicate/late payment exception if it is a new success.</summary>
    Duplicate,

    /// <summary>Record the attempt as paid.</summary>
    Succeeded,

    /// <summary>Money taken but under VNPAY's fraud review: keep the attempt processing, raise an exception, settle by querydr.</summary>
    UnderReview,

    /// <summary>Record the attempt as failed; the citizen may try another method.</summary>
    Declined,

    /// <summary>A code outside VNPAY's tables: record it, raise an exception; never success.</summary>
    Unknown,
}
