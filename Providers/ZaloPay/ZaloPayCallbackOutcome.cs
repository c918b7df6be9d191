namespace PayGov.Providers.ZaloPay;

/// <summary>What the gateway records for a ZaloPay callback (zalopay.md §4).</summary>
public enum ZaloPayCallbackOutcome
{
    /// <summary>Mac missing or wrong: log the rejection, change nothing.</summary>
    RejectedSignature,

    /// <summary>Unreadable body: change nothing.</summary>
    RejectedPayload,

    /// <summary>Another app id or no such attempt: record it, raise <c>missing_at_gateway</c>.</summary>
    UnknownOrder,

    /// <summary>Same <c>zp_trans_id</c> already recorded: nothing new.</summary>
    Duplicate,

    /// <summary>Amount differs: record it, raise <c>amount_mismatch</c>, do not mark paid.</summary>
    RejectedAmount,

    /// <summary>Attempt canceled, expired or paid by another attempt: record it, raise a late/double payment exception, refund.</summary>
    LatePayment,

    /// <summary>Record the attempt as paid.</summary>
    Succeeded,
}
