using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PayGov.Providers;

/// <summary>
/// HMAC over the UTF-8 bytes of a string keyed with the UTF-8 bytes of a secret, written as lower-case hex,
/// and the constant-time comparison of a received hex signature (providers README, "Text, character sets and
/// signatures").
/// </summary>
internal static class HmacHex
{
    public static string Sha256(string secret, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));

    public static string Sha256(string secret, ReadOnlySpan<byte> message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));

    public static string Sha512(string secret, string message) =>
        Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));

    /// <summary>
    /// Compares a received hex signature with a computed one over the decoded bytes, so hex case does not
    /// matter and the time taken does not depend on where they differ.
    /// </summary>
    public static bool Matches(string? receivedHex, string computedHex)
    {
        if (receivedHex is null || receivedHex.Length != computedHex.Length || receivedHex.Length % 2 != 0)
        {
            return false;
        }

        Span<byte> received = stackalloc byte[receivedHex.Length / 2];
        if (Convert.FromHexString(receivedHex, received, out _, out _) != OperationStatus.Done)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(received, Convert.FromHexString(computedHex));
    }

    /// <summary>True when the received signature matches the message signed with any of the active secrets (rotation).</summary>
    public static bool MatchesAny(string? receivedHex, IReadOnlyList<string> secrets, Func<string, string> sign)
    {
        var matched = false;
        foreach (var secret in secrets)
        {
            // Every secret is tried even after a match, so timing does not reveal which one is current.
            matched |= Matches(receivedHex, sign(secret));
        }

        return matched;
    }
}
