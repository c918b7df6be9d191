using System.Globalization;

namespace PayGov.Providers.ZaloPay;

/// <summary>
/// ZaloPay v2 macs (zalopay.md §2–7): lower-case hex HMAC-SHA256 over raw values joined with <c>|</c>. Key1 signs
/// what PayGov sends; key2 verifies what ZaloPay sends.
/// </summary>
internal static class ZaloPaySignature
{
    private static readonly string[] RedirectChecksumOrder = ["appid", "apptransid", "pmcid", "bankcode", "amount", "discountamount", "status"];

    /// <summary><c>app_id|app_trans_id|app_user|amount|app_time|embed_data|item</c>, with the exact JSON texts that are sent.</summary>
    public static string CreateMacInput(ZaloPayCreateOrderRequest order) => string.Join(
        '|',
        Number(order.AppId),
        order.AppTransId,
        order.AppUser,
        Number(order.Amount),
        Number(order.AppTime),
        order.EmbedData,
        order.Item);

    /// <summary><c>app_id|app_trans_id|key1</c>: key1 is both the key and the last field (§5).</summary>
    public static string QueryMacInput(long appId, string appTransId, string key1) => string.Join('|', Number(appId), appTransId, key1);

    /// <summary><c>app_id|zp_trans_id|amount|description|timestamp</c> (§6; PayGov never sends <c>refund_fee_amount</c>).</summary>
    public static string RefundMacInput(ZaloPayRefundRequest refund) => string.Join(
        '|',
        Number(refund.AppId),
        refund.ZpTransId,
        Number(refund.Amount),
        refund.Description,
        Number(refund.Timestamp));

    /// <summary><c>app_id|m_refund_id|timestamp</c> (§7).</summary>
    public static string QueryRefundMacInput(long appId, string mRefundId, long timestamp) =>
        string.Join('|', Number(appId), mRefundId, Number(timestamp));

    /// <summary><c>appid|apptransid|pmcid|bankcode|amount|discountamount|status</c> of the redirect, values as decoded (§3).</summary>
    public static string RedirectChecksumInput(IReadOnlyDictionary<string, string> query) => string.Join(
        '|',
        RedirectChecksumOrder.Select(name => query.TryGetValue(name, out var value) ? value : string.Empty));

    public static string Sign(string input, string key) => HmacHex.Sha256(key, input);

    public static bool Verify(string input, string? received, IReadOnlyList<string> keys) =>
        HmacHex.MatchesAny(received, keys, key => Sign(input, key));

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
