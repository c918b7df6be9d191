namespace PayGov.Gateway.Infrastructure;

/// <summary>
/// Prefixed, time-ordered, URL-safe identifiers: a prefix and the 26-character Crockford base32 form of a
/// version 7 GUID taken big-endian, so ids sort by creation time both as strings and as bytes.
/// </summary>
public static class Ids
{
    public const string PaymentIntent = "pi";
    public const string PaymentAttempt = "pa";
    public const string Refund = "re";
    public const string Event = "evt";
    public const string ApiKey = "key";
    public const string WebhookEndpoint = "we";
    public const string WebhookDelivery = "whd";
    public const string BankCredit = "bc";
    public const string TreasuryUser = "tu";
    public const string ReconciliationRun = "rr";
    public const string ReconciliationException = "rx";
    public const string ReconciliationFile = "rf";

    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly System.Buffers.SearchValues<char> CrockfordChars = System.Buffers.SearchValues.Create(Crockford);

    public static string New(string prefix, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return prefix + "_" + Encode(Guid.CreateVersion7(time.GetUtcNow()));
    }

    public static bool HasPrefix(string? id, string prefix) =>
        id is not null
        && id.Length == prefix.Length + 27
        && id.StartsWith(prefix + "_", StringComparison.Ordinal)
        && id.AsSpan(prefix.Length + 1).IndexOfAnyExcept(CrockfordChars) < 0;

    private static string Encode(Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes, bigEndian: true, out _);
        // 128 bits as 26 five-bit groups: the first group holds the top 3 bits, the rest 5 bits each.
        var high = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes);
        var low = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        var value = ((UInt128)high << 64) | low;
        Span<char> chars = stackalloc char[26];
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Crockford[(int)(value & 31)];
            value >>= 5;
        }

        return new string(chars);
    }
}
