namespace PayGov.Gateway.Refunds;

/// <summary>Where a refund stands; on the wire in snake_case (<c>requires_action</c>).</summary>
public enum RefundStatus
{
    /// <summary>Its amount is reserved on the intent; the provider has not given its final word yet.</summary>
    Pending,

    /// <summary>The provider refunded it.</summary>
    Succeeded,

    /// <summary>The provider refused it, or provably never received it; a portal refund's amount is given back to the intent.</summary>
    Failed,

    /// <summary>The provider cannot refund by API (bank transfer): an accountant pays it back by hand.</summary>
    RequiresAction,
}
