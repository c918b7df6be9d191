using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PayGov.Client.Events;
using PayGov.Client.Infrastructure;

namespace PayGov.Client.Webhooks;

/// <summary>
/// Verifies the <c>PayGov-Signature</c> header of a webhook: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>, where the
/// HMAC key is the endpoint's secret as UTF-8 and the message is <c>t + "." + body</c>. During secret rotation the header
/// holds one <c>v1</c> per secret; one match with any secret the portal knows is enough.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header that carries the signature.</summary>
    public const string HeaderName = "PayGov-Signature";

    /// <summary>Gets the tolerance to use unless there is a reason not to: five minutes either side of now.</summary>
    public static TimeSpan DefaultTolerance { get; } = TimeSpan.FromMinutes(5);

    private const int SignatureLength = 32;

    /// <summary>Verifies a webhook's signature and that it was signed within <paramref name="tolerance"/> of now.</summary>
    /// <param name="payload">The request body exactly as received (not re-serialized). Not null.</param>
    /// <param name="signatureHeader">The value of the <c>PayGov-Signature</c> header. Not null.</param>
    /// <param name="secrets">The endpoint's signing secrets: one, or two while rotating. Not null or empty.</param>
    /// <param name="tolerance">How far the signature's time may be from now, either way; <see cref="DefaultTolerance"/> unless there is a reason.</param>
    /// <param name="time">The clock that says what now is. Not null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="secrets"/> is empty or holds a blank secret, or <paramref name="tolerance"/> is negative.</exception>
    /// <exception cref="WebhookSignatureException">The header is malformed or has no <c>v1</c>, no signature matches, or the time is outside the tolerance; <see cref="WebhookSignatureException.Reason"/> says which.</exception>
    public static void Verify(string payload, string signatureHeader, IEnumerable<string> secrets, TimeSpan tolerance, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(signatureHeader);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(tolerance, TimeSpan.Zero);
        var keys = new List<byte[]>();
        foreach (var secret in secrets)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(secret, nameof(secrets));
            keys.Add(Encoding.UTF8.GetBytes(secret));
        }

        if (keys.Count == 0)
        {
            throw new ArgumentException("At least one signing secret is needed.", nameof(secrets));
        }

        var (timestamp, signatures) = Parse(signatureHeader);
        var signedPayload = Encoding.UTF8.GetBytes(string.Concat(timestamp.ToString(CultureInfo.InvariantCulture), ".", payload));

        // Every candidate is compared in full with every secret, so the time taken says nothing about which part matched.
        var matched = false;
        foreach (var key in keys)
        {
            var expected = HMACSHA256.HashData(key, signedPayload);
            foreach (var signature in signatures)
            {
                matched |= CryptographicOperations.FixedTimeEquals(expected, signature);
            }
        }

        if (!matched)
        {
            throw new WebhookSignatureException(WebhookSignatureFailure.SignatureMismatch, "No v1 signature matches the payload under any of the secrets.");
        }

        // The time is checked only after the signature: t is signed, so until then it is the sender's word, and a
        // forged message should be called forged rather than stale.
        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp);
        if (age > tolerance)
        {
            throw new WebhookSignatureException(WebhookSignatureFailure.TimestampTooOld, "The signature is older than the tolerance allows.");
        }

        if (-age > tolerance)
        {
            throw new WebhookSignatureException(WebhookSignatureFailure.TimestampInFuture, "The signature is dated further ahead than the tolerance allows.");
        }
    }

    /// <summary>Verifies a webhook as <see cref="Verify"/> does, then reads its body as an event.</summary>
    /// <param name="payload">The request body exactly as received. Not null.</param>
    /// <param name="signatureHeader">The value of the <c>PayGov-Signature</c> header. Not null.</param>
    /// <param name="secrets">The endpoint's signing secrets: one, or two while rotating. Not null or empty.</param>
    /// <param name="tolerance">How far the signature's time may be from now, either way.</param>
    /// <param name="time">The clock that says what now is. Not null.</param>
    /// <returns>The event; the same event may arrive more than once, so act on <see cref="Event.Id"/> once.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="secrets"/> is empty or holds a blank secret, or <paramref name="tolerance"/> is negative.</exception>
    /// <exception cref="WebhookSignatureException">Verification failed; see <see cref="WebhookSignatureException.Reason"/>.</exception>
    /// <exception cref="PayGovException">The signature is genuine but the body is not an event this library can read.</exception>
    public static Event ConstructEvent(string payload, string signatureHeader, IEnumerable<string> secrets, TimeSpan tolerance, TimeProvider time)
    {
        Verify(payload, signatureHeader, secrets, tolerance, time);
        try
        {
            return JsonSerializer.Deserialize<Event>(payload, ClientJson.Options)
                ?? throw new PayGovException("The webhook body is null, not an event.");
        }
        catch (JsonException exception)
        {
            throw new PayGovException("The webhook body could not be read as an event.", exception) { RawBody = payload };
        }
    }

    private static (long Timestamp, List<byte[]> Signatures) Parse(string header)
    {
        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var item in header.Split(',', StringSplitOptions.TrimEntries))
        {
            var separator = item.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw Malformed("an item is not key=value");
            }

            var value = item.AsSpan(separator + 1);
            switch (item[..separator])
            {
                case "t":
                    if (timestamp is not null || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                        || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
                    {
                        throw Malformed("t must appear once, as whole unix seconds");
                    }

                    timestamp = seconds;
                    break;
                case "v1":
                    signatures.Add(Hex(value));
                    break;
                default:
                    // Other schemes (a future v2) are the sender's to add; this version checks v1 only.
                    break;
            }
        }

        if (timestamp is null)
        {
            throw Malformed("no t");
        }

        return signatures.Count == 0
            ? throw new WebhookSignatureException(WebhookSignatureFailure.MissingSignature, "The signature header has no v1 signature.")
            : (timestamp.Value, signatures);
    }

    private static byte[] Hex(ReadOnlySpan<char> value)
    {
        if (value.Length != SignatureLength * 2)
        {
            throw Malformed("a v1 signature is not 64 hex digits");
        }

        try
        {
            return Convert.FromHexString(value);
        }
        catch (FormatException)
        {
            throw Malformed("a v1 signature is not 64 hex digits");
        }
    }

    private static WebhookSignatureException Malformed(string why) =>
        new(WebhookSignatureFailure.MalformedHeader, "The signature header is malformed: " + why + ".");
}
