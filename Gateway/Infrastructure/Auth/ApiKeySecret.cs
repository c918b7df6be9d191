using System.Security.Cryptography;
using System.Text;

namespace PayGov.Gateway.Infrastructure.Auth;

/// <summary>
/// Portal API keys: <c>sk_test_…</c> or <c>sk_live_…</c> followed by 32 random base62 characters
/// (about 190 bits). Only the SHA-256 of a key is stored; the key itself is shown once.
/// </summary>
public static class ApiKeySecret
{
    public const string TestPrefix = "sk_test_";
    public const string LivePrefix = "sk_live_";
    private const int RandomLength = 32;
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string Generate(ApiKeyMode mode) =>
        (mode == ApiKeyMode.Live ? LivePrefix : TestPrefix) + RandomNumberGenerator.GetString(Alphabet, RandomLength);

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Reads the mode from a presented key, or null when the key is not shaped like one of ours.</summary>
    public static ApiKeyMode? ModeOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != TestPrefix.Length + RandomLength || !key.AsSpan(TestPrefix.Length).ContainsOnlyBase62())
        {
            return null;
        }

        if (key.StartsWith(TestPrefix, StringComparison.Ordinal))
        {
            return ApiKeyMode.Test;
        }

        return key.StartsWith(LivePrefix, StringComparison.Ordinal) ? ApiKeyMode.Live : null;
    }

    /// <summary>The part of a key that is safe to show in lists and logs.</summary>
    public static string DisplayPrefix(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key[..(TestPrefix.Length + 4)];
    }

    private static bool ContainsOnlyBase62(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
