using System.Globalization;
using System.Text;

namespace PayGov.Providers.BankTransfer;

/// <summary>
/// The bank credit notification's signature (bank-notification.md §2.2): <c>t=&lt;unix seconds&gt;,v1=&lt;hex&gt;[,v1=...]</c>,
/// where <c>v1</c> = HMAC-SHA256(connector secret, <c>t + "." + raw body bytes</c>). The same scheme as PayGov's
/// outgoing webhooks.
/// </summary>
public static class BankNotificationSignature
{
    /// <summary>The HTTP header carrying the signature.</summary>
    public const string HeaderName = "PayGov-Bank-Signature";

    /// <summary>How far <c>t</c> may be from PayGov's clock, past or future: 300 seconds.</summary>
    public static TimeSpan DefaultTolerance { get; } = TimeSpan.FromSeconds(300);

    /// <summary>Computes one <c>v1</c> value (what a connector or the sandbox sends).</summary>
    /// <param name="timestamp">Unix seconds, the header's <c>t</c>.</param>
    /// <param name="body">The exact body bytes that will be sent.</param>
    /// <param name="secret">The connector's secret.</param>
    /// <returns>Lower-case hex HMAC-SHA256.</returns>
    public static string Sign(long timestamp, ReadOnlySpan<byte> body, string secret) =>
        HmacHex.Sha256(secret, StringToSign(timestamp, body));

    /// <summary>Builds the header value with one <c>v1</c> per active secret (rotation).</summary>
    /// <param name="timestamp">Unix seconds of signing; a retry re-signs with a fresh one.</param>
    /// <param name="body">The exact body bytes that will be sent.</param>
    /// <param name="secrets">The connector's active secrets.</param>
    /// <returns>E.g. <c>t=1741919477,v1=f763…</c>.</returns>
    public static string CreateHeader(long timestamp, ReadOnlySpan<byte> body, IReadOnlyList<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var header = new StringBuilder("t=").Append(timestamp.ToString(CultureInfo.InvariantCulture));
        foreach (var secret in secrets)
        {
            header.Append(",v1=").Append(Sign(timestamp, body, secret));
        }

        return header.ToString();
    }

    /// <summary>Verifies the header against the raw body: first the signature, then the timestamp window.</summary>
    /// <param name="header">The <c>PayGov-Bank-Signature</c> value, or <see langword="null"/> when absent.</param>
    /// <param name="body">The raw body bytes exactly as received (never re-serialised).</param>
    /// <param name="secrets">The connector's active secrets; any <c>v1</c> matching any secret is accepted.</param>
    /// <param name="now">PayGov's current time from the injected <see cref="TimeProvider"/>.</param>
    /// <param name="tolerance">Allowed clock distance; <see cref="DefaultTolerance"/> in production.</param>
    /// <returns>The verdict.</returns>
    public static BankSignatureVerdict Verify(string? header, ReadOnlySpan<byte> body, IReadOnlyList<string> secrets, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (!TryParseHeader(header, out var timestamp, out var signatures))
        {
            return BankSignatureVerdict.SignatureInvalid;
        }

        var message = StringToSign(timestamp, body);
        var matched = false;
        foreach (var signature in signatures)
        {
            matched |= HmacHex.MatchesAny(signature, secrets, secret => HmacHex.Sha256(secret, message));
        }

        if (!matched)
        {
            return BankSignatureVerdict.SignatureInvalid;
        }

        return IsFresh(timestamp, now, tolerance) ? BankSignatureVerdict.Valid : BankSignatureVerdict.TimestampOutOfWindow;
    }

    /// <summary><c>t + "." + body</c> as bytes: the timestamp is signed so a captured request cannot be replayed with a new header.</summary>
    internal static byte[] StringToSign(long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return message;
    }

    internal static bool IsFresh(long timestamp, DateTimeOffset now, TimeSpan tolerance) =>
        Math.Abs(now.ToUnixTimeSeconds() - timestamp) <= (long)tolerance.TotalSeconds;

    /// <summary>Reads <c>t</c> (exactly once, digits) and every <c>v1</c>; other keys are ignored for forward compatibility.</summary>
    internal static bool TryParseHeader(string? header, out long timestamp, out List<string> signatures)
    {
        timestamp = 0;
        signatures = [];
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        var timestamps = 0;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            var key = part[..equals];
            var value = part[(equals + 1)..];
            if (key == "t")
            {
                timestamps++;
                if (value.Length is 0 or > 12 || !value.All(char.IsAsciiDigit))
                {
                    return false;
                }

                timestamp = long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else if (key == "v1")
            {
                signatures.Add(value);
            }
        }

        return timestamps == 1 && signatures.Count > 0;
    }
}
