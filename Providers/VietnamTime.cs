using System.Globalization;

namespace PayGov.Providers;

/// <summary>
/// Vietnam is GMT+7 all year (Asia/Ho_Chi_Minh, no daylight saving); providers write their dates in it
/// (providers README, "Time"). Stored times stay UTC; conversion happens only at the wire.
/// </summary>
internal static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The <c>yyMMdd</c> date in GMT+7, the prefix of merchant references and ZaloPay ids.</summary>
    public static string DatePrefix(DateTimeOffset instant) =>
        ToVietnam(instant).ToString("yyMMdd", CultureInfo.InvariantCulture);

    /// <summary>VNPAY's <c>yyyyMMddHHmmss</c> in GMT+7.</summary>
    public static string VnPayTimestamp(DateTimeOffset instant) =>
        ToVietnam(instant).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
}
