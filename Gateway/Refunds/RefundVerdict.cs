namespace PayGov.Gateway.Refunds;

/// <summary>What a provider's word (or its silence) does to a pending refund.</summary>
internal enum RefundVerdict
{
    Succeeded,
    Failed,
    RequiresAction,

    /// <summary>No final word yet: ask again later.</summary>
    Pending,
}
