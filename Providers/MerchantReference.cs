using System.Globalization;

namespace PayGov.Providers;

/// <summary>
/// The merchant reference each provider attempt, refund or query gets (DESIGN §3.6, providers README
/// "Merchant references"): the GMT+7 date as <c>yyMMdd_</c>, then a time-ordered unique part; letters, digits
/// and <c>_</c> only; at most 40 characters. It fits VNPAY <c>vnp_TxnRef</c>, MoMo <c>orderId</c>/<c>requestId</c>
/// and ZaloPay <c>app_trans_id</c>.
/// </summary>
public static class MerchantReference
{
    /// <summary>The longest reference any provider field accepts (ZaloPay <c>app_trans_id</c>).</summary>
    public const int MaxLength = 40;

    /// <summary>Creates a new reference, e.g. <c>250314_01JPC4T6V8W0Y1ABCDEF0123</c> (33 characters).</summary>
    /// <param name="now">The current time from the injected <see cref="TimeProvider"/>; it sets the date prefix and the time order.</param>
    /// <returns>A new reference, unique with overwhelming probability.</returns>
    public static string Create(DateTimeOffset now)
    {
        // A version 7 UUID is 48 bits of Unix milliseconds then 74 random bits; written big-endian in
        // Crockford Base32 it sorts by time like a ULID and uses only letters and digits.
        Span<byte> bytes = stackalloc byte[16];
        Guid.CreateVersion7(now).TryWriteBytes(bytes, bigEndian: true, out _);
        return VietnamTime.DatePrefix(now) + "_" + CrockfordBase32.Encode128(bytes);
    }

    /// <summary>
    /// Checks the shape every provider accepts: <c>yyMMdd_</c> with a real date, then letters, digits and
    /// <c>_</c>, at most <see cref="MaxLength"/> characters, not ending in <c>_</c> (MoMo's <c>orderId</c> pattern).
    /// </summary>
    /// <param name="reference">The candidate reference.</param>
    /// <returns><see langword="true"/> when the reference has the PayGov shape.</returns>
    public static bool IsValid(string? reference)
    {
        if (reference is null || reference.Length < 8 || reference.Length > MaxLength || reference[6] != '_' || reference[^1] == '_')
        {
            return false;
        }

        if (!DateTime.TryParseExact(reference[..6], "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return false;
        }

        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
