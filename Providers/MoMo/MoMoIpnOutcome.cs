namespace PayGov.Providers.MoMo;

/// <summary>What the gateway records for a MoMo IPN (momo.md §5).</summary>
public enum MoMoIpnOutcome
{
    /// <summary>Malformed body: store nothing.</summary>
    RejectedPayload,

    /// <summary>Bad or missing signature: store nothing, log the rejection.</summary>
    RejectedSignature,

    /// <summary>Not our partner code or no such attempt: record it, raise <c>missing_at_gateway</c>.</summary>
    UnknownOrder,

    /// <summary>Amount differs from the attempt's: record it, raise <c>amount_mismatch</c>, do not mark paid.</summary>
    RejectedAmount,

    /// <summary>The attempt is closed: a repeat changes nothing; a new success is a late/double payment to refund.</summary>
    Duplicate,

    /// <summary>Record the attempt as paid.</summary>
    Succeeded,

    /// <summary>Record the attempt as declined.</summary>
    Declined,

    /// <summary>Non-final code: the attempt stays processing; query later.</summary>
    Processing,

    /// <summary>Code not in MoMo's table: record a failure and raise an exception (momo.md §8); never success.</summary>
    Unknown,
}
