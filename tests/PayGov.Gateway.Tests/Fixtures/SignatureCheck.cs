using System.Security.Cryptography;
using System.Text;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>
/// Recomputes a PayGov-Signature independently of the gateway's code: HMAC-SHA256 over "t.body", the same
/// as <c>printf '%s.%s' "$t" "$body" | openssl dgst -sha256 -hmac "$secret"</c>.
/// </summary>
public static class SignatureCheck
{
    public static (long Timestamp, IReadOnlyList<string> Signatures) Parse(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToList();
        var timestamp = long.Parse(parts.Single(p => p[0] == "t")[1], System.Globalization.CultureInfo.InvariantCulture);
        return (timestamp, parts.Where(p => p[0] == "v1").Select(p => p[1]).ToList());
    }

    public static string Expected(string secret, long timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
