using System.Buffers.Binary;

namespace PayGov.Providers;

/// <summary>Crockford's Base32 alphabet (no I, L, O, U): survives upper-casing and is hard to misread.</summary>
internal static class CrockfordBase32
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static int ValueOf(char symbol) => Alphabet.IndexOf(symbol, StringComparison.Ordinal);

    /// <summary>Encodes 128 bits big-endian as 26 symbols, the ULID text layout: the first 10 symbols carry the top 48 bits.</summary>
    public static string Encode128(ReadOnlySpan<byte> bigEndian16)
    {
        var value = new UInt128(
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian16[..8]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian16[8..16]));
        Span<char> symbols = stackalloc char[26];
        for (var i = symbols.Length - 1; i >= 0; i--)
        {
            symbols[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(symbols);
    }
}
