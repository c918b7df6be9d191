using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
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

    // Create writes yyMMdd_, then 10 symbols of Unix milliseconds, then 8 random symbols.
    private const int TimeStart = 7;
    private const int TimeEnd = TimeStart + 10;

    /// <summary>
    /// Creates a new reference, e.g. <c>250314_01JPC4T6V8W0Y1ABCD</c>: 25 characters, so it also fits VNPAY's
    /// <c>vnp_RequestId</c> (at most 32) when used for a refund or a query.
    /// </summary>
    /// <param name="now">The current time from the injected <see cref="TimeProvider"/>; it sets the date prefix and the time order.</param>
    /// <returns>A new reference; the database's unique constraint is the final guard.</returns>
    public static string Create(DateTimeOffset now)
    {
        // A version 7 UUID is 48 bits of Unix milliseconds then random bits. Its timestamp (10 symbols) and
        // 40 of its random bits (8 symbols) in Crockford Base32 sort by time like a ULID, letters and digits only.
        Span<byte> bytes = stackalloc byte[16];
        Guid.CreateVersion7(now).TryWriteBytes(bytes, bigEndian: true, out _);
        var milliseconds = BinaryPrimitives.ReadUInt64BigEndian(bytes[..8]) >> 16;
        var random = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]) & 0xFF_FFFF_FFFF;
        return VietnamTime.DatePrefix(now) + "_" + CrockfordBase32.Encode(milliseconds, 10) + CrockfordBase32.Encode(random, 8);
    }

    /// <summary>
    /// Reads back the instant a reference made by <see cref="Create"/> was made from (to the millisecond). VNPAY's
    /// <c>querydr</c> needs the payment's <c>vnp_CreateDate</c> while the provider port names a payment by its
    /// reference alone; the gateway makes an attempt's reference and its creation time from one clock reading.
    /// </summary>
    /// <param name="reference">A reference made by <see cref="Create"/>.</param>
    /// <param name="createdAt">The instant, in UTC, when the reference has the PayGov shape and its date prefix agrees.</param>
    /// <returns><see langword="true"/> when the reference carries a readable instant.</returns>
    public static bool TryReadCreatedAt(string? reference, out DateTimeOffset createdAt)
    {
        createdAt = default;
        if (!IsValid(reference) || reference.Length < TimeEnd)
        {
            return false;
        }

        ulong milliseconds = 0;
        foreach (var symbol in reference.AsSpan(TimeStart, TimeEnd - TimeStart))
        {
            var value = CrockfordBase32.ValueOf(symbol);
            if (value < 0)
            {
                return false;
            }

            milliseconds = (milliseconds << 5) | (uint)value;
        }

        if (milliseconds > (ulong)DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return false;
        }

        var instant = DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);

        // A reference from elsewhere could decode to any time; only one whose prefix is its own GMT+7 date is ours.
        if (!string.Equals(VietnamTime.DatePrefix(instant), reference[..6], StringComparison.Ordinal))
        {
            return false;
        }

        createdAt = instant;
        return true;
    }

    /// <summary>
    /// Checks the shape every provider accepts: <c>yyMMdd_</c> with a real date, then letters, digits and
    /// <c>_</c>, at most <see cref="MaxLength"/> characters, not ending in <c>_</c> (MoMo's <c>orderId</c> pattern).
    /// </summary>
    /// <param name="reference">The candidate reference.</param>
    /// <returns><see langword="true"/> when the reference has the PayGov shape.</returns>
    public static bool IsValid([NotNullWhen(true)] string? reference)
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
