namespace PayGov.Providers.ZaloPay;

/// <summary>ZaloPay's <c>return_code</c> of query, refund and query_refund (zalopay.md §8) as one exhaustive switch.</summary>
internal static class ZaloPayReturnCodes
{
    public static ZaloPayStatus Classify(int returnCode) => returnCode switch
    {
        1 => ZaloPayStatus.Succeeded,
        2 => ZaloPayStatus.Failed,
        3 => ZaloPayStatus.Processing,
        -401 or -402 or -403 or -405 or -429 or 406 or -406 or -500 => ZaloPayStatus.RequestRejected,
        _ => ZaloPayStatus.Unknown,
    };
}
