using System.Globalization;

namespace PayGov.Providers.VnPay;

/// <summary>VNPAY carries amounts as đồng × 100, digits only (providers README, "Money"); the factor lives only here.</summary>
internal static class VnPayAmount
{
    public static string ToWire(long amountDong)
    {
        if (amountDong <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amountDong), amountDong, "Amount must be positive.");
        }

        return checked(amountDong * 100).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Reads <c>vnp_Amount</c>; refuses anything that is not a positive whole number of đồng (never rounds).</summary>
    public static bool TryFromWire(string? wire, out long amountDong)
    {
        amountDong = 0;
        if (string.IsNullOrEmpty(wire) || wire.Length > 18 || !wire.All(char.IsAsciiDigit))
        {
            return false;
        }

        var hundredths = long.Parse(wire, NumberStyles.None, CultureInfo.InvariantCulture);
        if (hundredths <= 0 || hundredths % 100 != 0)
        {
            return false;
        }

        amountDong = hundredths / 100;
        return true;
    }
}
