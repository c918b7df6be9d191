using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PayGov.Gateway.Webhooks;

/// <summary>
/// DESIGN §5: <c>PayGov-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, t + "." + body)&gt;</c>,
/// with one <c>v1</c> per signing secret while a rotation overlaps (Stripe's scheme, so portals know it).
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "PayGov-Signature";

    public static string Header(ReadOnlySpan<byte> body, IReadOnlyList<string> secrets, DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signedPayload = new byte[timestamp.Length + 1 + body.Length];
        Encoding.ASCII.GetBytes(timestamp, signedPayload);
        signedPayload[timestamp.Length] = (byte)'.';
        body.CopyTo(signedPayload.AsSpan(timestamp.Length + 1));
        var header = new StringBuilder("t=").Append(timestamp);
        foreach (var secret in secrets)
        {
            var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signedPayload);
            header.Append(",v1=").Append(Convert.ToHexStringLower(mac));
        }

        return header.ToString();
    }
}
