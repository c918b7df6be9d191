namespace PayGov.Providers.Sandbox.ZaloPay;

/// <summary>The fields of a callback's <c>data</c> text (zalopay.md §4), serialised compact in this order.</summary>
internal sealed record ZaloPaySandboxCallbackData(
    long AppId,
    string AppTransId,
    long AppTime,
    string AppUser,
    long Amount,
    string EmbedData,
    string Item,
    long ZpTransId,
    long ServerTime,
    int Channel,
    string MerchantUserId,
    long UserFeeAmount,
    long DiscountAmount);
