using System.Text;

namespace PayGov.Providers.VnPay;

/// <summary>VNPAY 2.1.0 signatures: HMAC-SHA512 with the hash secret, lower-case hex (vnpay.md §2, §6, §7).</summary>
internal static class VnPaySignature
{
    public const string SecureHashName = "vnp_SecureHash";
    public const string SecureHashTypeName = "vnp_SecureHashType";

    /// <summary>
    /// VNPAY's form encoding (vnpay.md §2 step 4): keep <c>A–Z a–z 0–9 - _ .</c>, space → <c>+</c>, every
    /// other UTF-8 byte → <c>%XX</c> in upper case. Written by hand because no .NET encoder matches it byte for
    /// byte (README: HttpUtility writes lower-case hex, Uri.EscapeDataString writes %20, WebUtility keeps ! * ( )).
    /// </summary>
    public static void AppendEncoded(StringBuilder builder, string value)
    {
        const string hex = "0123456789ABCDEF";
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(hex[b >> 4]).Append(hex[b & 0xF]);
            }
        }
    }

    /// <summary>
    /// The hash data of vnpay.md §2: the <c>vnp_</c> parameters except the hash fields, sorted by name
    /// (ordinal), encoded, joined as <c>name=value</c> with <c>&amp;</c>. Empty values are left out unless
    /// <paramref name="keepEmptyValues"/> (the PHP-sample reading, §2.2 step 4).
    /// </summary>
    public static string BuildHashData(IEnumerable<KeyValuePair<string, string>> parameters, bool keepEmptyValues = false)
    {
        var signed = parameters
            .Where(p => p.Key.StartsWith("vnp_", StringComparison.Ordinal)
                && p.Key != SecureHashName
                && p.Key != SecureHashTypeName
                && (keepEmptyValues || p.Value.Length > 0))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        var builder = new StringBuilder();
        foreach (var (name, value) in signed)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            AppendEncoded(builder, name);
            builder.Append('=');
            AppendEncoded(builder, value);
        }

        return builder.ToString();
    }

    public static string Sign(string data, string hashSecret) => HmacHex.Sha512(hashSecret, data);

    /// <summary>
    /// Verifies received parameters (decoded once) per vnpay.md §2.2: re-encode canonically, compare
    /// case-insensitively in constant time with any active secret; if that fails and a <c>vnp_</c> value is
    /// empty, try once more with empty values kept. A missing <c>vnp_SecureHash</c> fails.
    /// </summary>
    public static bool Verify(IReadOnlyDictionary<string, string> parameters, IReadOnlyList<string> hashSecrets)
    {
        if (!parameters.TryGetValue(SecureHashName, out var received) || received.Length == 0)
        {
            return false;
        }

        var hashData = BuildHashData(parameters);
        if (HmacHex.MatchesAny(received, hashSecrets, secret => Sign(hashData, secret)))
        {
            return true;
        }

        var hasEmptyValue = parameters.Any(p => p.Key.StartsWith("vnp_", StringComparison.Ordinal) && p.Value.Length == 0);
        if (!hasEmptyValue)
        {
            return false;
        }

        var withEmpty = BuildHashData(parameters, keepEmptyValues: true);
        return HmacHex.MatchesAny(received, hashSecrets, secret => Sign(withEmpty, secret));
    }

    /// <summary>Values joined with <c>|</c>, raw (no URL encoding), as the querydr/refund strings of vnpay.md §6–7 are.</summary>
    public static string PipeJoin(IReadOnlyDictionary<string, string> fields, IEnumerable<string> order) =>
        string.Join('|', order.Select(name => fields.TryGetValue(name, out var value) ? value : string.Empty));
}
