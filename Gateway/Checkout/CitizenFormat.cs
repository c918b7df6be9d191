using System.Globalization;
using PayGov.Reconciliation;

namespace PayGov.Gateway.Checkout;

/// <summary>How citizens read money and time: <c>1.500.000 ₫</c> and GMT+7, in both languages, whatever the server's culture.</summary>
public static class CitizenFormat
{
    /// <summary>Vietnamese grouping (dots), no decimals (the đồng has no minor unit), the đồng sign after a no-break space.</summary>
    public static string Money(long amount) =>
        amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + "\u00a0₫";

    /// <summary><c>14/03/2026 09:00</c> in Vietnam time.</summary>
    public static string Time(DateTimeOffset instant) =>
        instant.ToOffset(BusinessCalendar.Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>To the second, for receipts.</summary>
    public static string TimeToSecond(DateTimeOffset instant) =>
        instant.ToOffset(BusinessCalendar.Offset).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " (GMT+7)";
}
