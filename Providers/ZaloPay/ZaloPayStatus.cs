namespace PayGov.Providers.ZaloPay;

/// <summary>What a ZaloPay <c>return_code</c> says (zalopay.md §8); PayGov decides on <c>return_code</c> only.</summary>
internal enum ZaloPayStatus
{
    Succeeded,
    Failed,
    Processing,
    RequestRejected,
    Unknown,
}
