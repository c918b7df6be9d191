namespace PayGov.Providers;

/// <summary>A provider's word on a refund.</summary>
public enum RefundOutcome
{
    /// <summary>Refunded.</summary>
    Succeeded,

    /// <summary>Accepted and in progress: query again later.</summary>
    Pending,

    /// <summary>Refused or failed: raise an exception; an operator decides.</summary>
    Failed,

    /// <summary>A code PayGov does not know: never success; raise an exception.</summary>
    Unknown,

    /// <summary>
    /// The provider cannot refund by API (bank transfer): nothing was sent anywhere; the treasury makes the
    /// outgoing transfer by hand after approval, and PayGov records the refund and that approval.
    /// </summary>
    ManualRequired,
}
