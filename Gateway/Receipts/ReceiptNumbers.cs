using System.Security.Cryptography;

namespace PayGov.Gateway.Receipts;

/// <summary>
/// Receipt numbers and verification codes. A number is <c>BL-{year in GMT+7}-{5}-{5}</c> Crockford base32 symbols of
/// fresh randomness (50 bits): no sequence to share between nodes, and a collision (which the primary key would refuse,
/// and the success's retry would redraw) is out of reach. The verification code is 128 random bits.
/// </summary>
public static class ReceiptNumbers
{
    public const string Prefix = "BL-";

    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int GroupLength = 5;
    private const int CodeLength = 26;

    private static readonly System.Buffers.SearchValues<char> CrockfordChars = System.Buffers.SearchValues.Create(Crockford);

    public static string NewNumber(DateTimeOffset issuedAt)
    {
        var year = issuedAt.ToOffset(PayGov.Reconciliation.BusinessCalendar.Offset).Year;
        return FormattableString.Invariant($"{Prefix}{year:D4}-{RandomNumberGenerator.GetString(Crockford, GroupLength)}-{RandomNumberGenerator.GetString(Crockford, GroupLength)}");
    }

    public static string NewVerificationCode() => RandomNumberGenerator.GetString(Crockford, CodeLength);

    /// <summary>Reads what a citizen typed: trims, upper-cases, and accepts only the number's exact shape.</summary>
    public static string? Normalize(string? typed)
    {
        var number = typed?.Trim().ToUpperInvariant();
        return IsNumber(number) ? number : null;
    }

    public static bool IsNumber(string? number) =>
        number is { Length: 19 }
        && number.StartsWith(Prefix, StringComparison.Ordinal)
        && number.AsSpan(3, 4).IndexOfAnyExceptInRange('0', '9') < 0
        && number[7] == '-' && number[13] == '-'
        && number.AsSpan(8, GroupLength).IndexOfAnyExcept(CrockfordChars) < 0
        && number.AsSpan(14, GroupLength).IndexOfAnyExcept(CrockfordChars) < 0;

    public static bool IsVerificationCode(string? code) =>
        code is { Length: CodeLength } && code.AsSpan().IndexOfAnyExcept(CrockfordChars) < 0;

    /// <summary>Constant-time comparison: the page must not tell how much of a guessed code was right.</summary>
    public static bool CodesMatch(string expected, string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(presented));
}
