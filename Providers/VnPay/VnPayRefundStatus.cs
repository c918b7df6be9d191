namespace PayGov.Providers.VnPay;

/// <summary>What a verified refund answer says (vnpay.md §7): a refund stays pending until querydr shows its outcome.</summary>
internal enum VnPayRefundStatus
{
    Succeeded,
    Pending,
    Failed,
    Unknown,
}
