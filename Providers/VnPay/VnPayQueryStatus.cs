namespace PayGov.Providers.VnPay;

/// <summary>What a verified querydr answer says about a payment (vnpay.md §6).</summary>
internal enum VnPayQueryStatus
{
    Succeeded,
    Pending,
    UnderReview,
    Failed,
    NotFound,
    QueryFailed,
    Unknown,
}
