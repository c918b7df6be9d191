namespace PayGov.Providers.ZaloPay;

/// <summary>The fields inside a verified callback's <c>data</c> (zalopay.md §4).</summary>
/// <param name="AppId">Application id.</param>
/// <param name="AppTransId">PayGov's <c>app_trans_id</c> of the attempt.</param>
/// <param name="AppTime">Creation time of the order, Unix milliseconds.</param>
/// <param name="AppUser">The <c>app_user</c> sent at creation.</param>
/// <param name="Amount">Amount received, in đồng.</param>
/// <param name="ZpTransId">ZaloPay's transaction id, needed for refunds.</param>
/// <param name="ServerTime">ZaloPay's time of the payment, Unix milliseconds.</param>
/// <param name="EmbedData">Echo of <c>embed_data</c> (a JSON text); informational only.</param>
public sealed record ZaloPayCallbackData(
    long AppId,
    string AppTransId,
    long AppTime,
    string AppUser,
    long Amount,
    long ZpTransId,
    long ServerTime,
    string EmbedData);
