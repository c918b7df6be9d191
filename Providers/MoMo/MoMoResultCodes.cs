namespace PayGov.Providers.MoMo;

/// <summary>MoMo's <c>resultCode</c> table (momo.md §8) as one exhaustive switch.</summary>
internal static class MoMoResultCodes
{
    public const int Success = 0;
    public const int AuthenticationFailed = 13;
    public const int BadFormat = 20;
    public const int InvalidAmount = 21;
    public const int DuplicatedRequestId = 40;
    public const int DuplicatedOrderId = 41;
    public const int OrderNotFound = 42;
    public const int UnknownError = 99;
    public const int Waiting = 1000;
    public const int UserDeclined = 1006;
    public const int RefundFailed = 1080;
    public const int RefundRejected = 1081;

    public static MoMoPaymentStatus Classify(int resultCode) => resultCode switch
    {
        0 => MoMoPaymentStatus.Succeeded,
        10 or 11 or 12 or 13 or 20 or 21 or 22 or 40 or 41 or 42 or 43 or 45 or 47 or 98 or 99
            or 1000 or 7000 or 7002 or 8000 or 9000 => MoMoPaymentStatus.Pending,
        1001 or 1002 or 1003 or 1004 or 1005 or 1006 or 1007 or 1017 or 1026 or 1080 or 1081 or 1088
            or 2019 or 4001 or 4002 or 4100 => MoMoPaymentStatus.Declined,
        _ => MoMoPaymentStatus.Unknown,
    };

    /// <summary>A refund's code: the listed final failures fail, the non-final ones are pending, an unlisted code is unknown (momo.md §7–8).</summary>
    public static RefundOutcome ClassifyRefund(int resultCode) => Classify(resultCode) switch
    {
        MoMoPaymentStatus.Succeeded => RefundOutcome.Succeeded,
        MoMoPaymentStatus.Pending => RefundOutcome.Pending,
        MoMoPaymentStatus.Declined => RefundOutcome.Failed,
        MoMoPaymentStatus.Unknown => RefundOutcome.Unknown,
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
