using System.Globalization;
using PayGov.Reconciliation;

namespace PayGov.Gateway.Web;

/// <summary>
/// How every page and document writes money, numbers, days and times: <c>1.500.000 ₫</c>, <c>14/03/2026</c>, GMT+7 —
/// in both languages, whatever the server's culture (DESIGN: Vietnamese formats on every page).
/// </summary>
public static class VietnameseFormat
{
    /// <summary>Vietnamese grouping (dots), no decimals (the đồng has no minor unit), the đồng sign after a no-break space.</summary>
    public static string Money(long amount) => Number(amount) + "\u00a0₫";

    /// <summary>A count or a sum without its sign: <c>1.234.567</c>, <c>-20.000</c>.</summary>
    public static string Number(long value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary><c>14/03/2026</c>: a business day.</summary>
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary><c>14/03/2026 09:00</c> in Vietnam time.</summary>
    public static string Time(DateTimeOffset instant) =>
        instant.ToOffset(BusinessCalendar.Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>To the second, for receipts.</summary>
    public static string TimeToSecond(DateTimeOffset instant) =>
        instant.ToOffset(BusinessCalendar.Offset).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " (GMT+7)";
}
