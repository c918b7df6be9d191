namespace PayGov.Providers.MoMo;

/// <summary>MoMo's <c>resultCode</c> table (momo.md §8) as one exhaustive switch.</summary>
internal static class MoMoResultCodes
{
    public static MoMoPaymentStatus Classify(int resultCode) => resultCode switch
    {
        0 => MoMoPaymentStatus.Succeeded,
        10 or 11 or 12 or 13 or 20 or 21 or 22 or 40 or 41 or 42 or 43 or 45 or 47 or 98 or 99
            or 1000 or 7000 or 7002 or 8000 or 9000 => MoMoPaymentStatus.Pending,
        1001 or 1002 or 1003 or 1004 or 1005 or 1006 or 1007 or 1017 or 1026 or 1080 or 1081 or 1088
            or 2019 or 4001 or 4002 or 4100 => MoMoPaymentStatus.Declined,
        _ => MoMoPaymentStatus.Unknown,
    };
}
