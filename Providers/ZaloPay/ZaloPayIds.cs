namespace PayGov.Providers.ZaloPay;

/// <summary>ZaloPay's dated ids and times (zalopay.md §2, §6; providers README "Time").</summary>
public static class ZaloPayIds
{
    /// <summary>
    /// <c>app_trans_id</c> = today's GMT+7 date as <c>yyMMdd_</c> + <paramref name="suffix"/>: at 17:30 UTC on
    /// 14 March the prefix is already <c>250315_</c>.
    /// </summary>
    /// <param name="now">The current time from the injected <see cref="TimeProvider"/>.</param>
    /// <param name="suffix">The unique part, e.g. the attempt's reference without its own date.</param>
    /// <returns>The id; at most 40 characters.</returns>
    /// <exception cref="ArgumentException">The id would exceed 40 characters.</exception>
    public static string AppTransId(DateTimeOffset now, string suffix) => Limit(VietnamTime.DatePrefix(now) + "_" + suffix, nameof(suffix));

    /// <summary><c>m_refund_id</c> = <c>yyMMdd_&lt;app_id&gt;_&lt;unique&gt;</c>, date in GMT+7, one per refund request.</summary>
    /// <param name="now">The current time from the injected <see cref="TimeProvider"/>.</param>
    /// <param name="appId">PayGov's ZaloPay application id.</param>
    /// <param name="suffix">The unique part.</param>
    /// <returns>The refund id.</returns>
    public static string RefundId(DateTimeOffset now, long appId, string suffix) =>
        VietnamTime.DatePrefix(now) + "_" + ZaloPaySignature.Number(appId) + "_" + suffix;

    /// <summary>
    /// <c>m_refund_id</c> of a refund PayGov names by a merchant reference <c>yyMMdd_&lt;unique&gt;</c>: its own date, the
    /// app id, its unique part (zalopay.md §6), so the same refund always has the same id.
    /// </summary>
    /// <param name="refundReference">PayGov's refund reference.</param>
    /// <param name="appId">PayGov's ZaloPay application id.</param>
    /// <returns>The <c>m_refund_id</c>.</returns>
    /// <exception cref="ArgumentException">The reference is not a merchant reference.</exception>
    public static string RefundIdOf(string refundReference, long appId) => MerchantReference.IsValid(refundReference)
        ? refundReference[..6] + "_" + ZaloPaySignature.Number(appId) + "_" + refundReference[7..]
        : throw new ArgumentException("Not a merchant reference.", nameof(refundReference));

    /// <summary><c>app_time</c> and <c>timestamp</c>: Unix time in milliseconds.</summary>
    /// <param name="now">The current time from the injected <see cref="TimeProvider"/>.</param>
    /// <returns>Milliseconds since the Unix epoch.</returns>
    public static long UnixMilliseconds(DateTimeOffset now) => now.ToUnixTimeMilliseconds();

    private static string Limit(string id, string paramName) =>
        id.Length <= 40 ? id : throw new ArgumentException("app_trans_id is limited to 40 characters.", paramName);
}
