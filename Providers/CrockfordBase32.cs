namespace PayGov.Providers;

/// <summary>Crockford's Base32 alphabet (no I, L, O, U): survives upper-casing and is hard to misread.</summary>
internal static class CrockfordBase32
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static int ValueOf(char symbol) => Alphabet.IndexOf(symbol, StringComparison.Ordinal);

    /// <summary>Encodes the low <c>5 × symbols</c> bits of <paramref name="value"/>, most significant first, so the text sorts like the number.</summary>
    public static string Encode(ulong value, int symbols)
    {
        Span<char> text = stackalloc char[symbols];
        for (var i = symbols - 1; i >= 0; i--)
        {
            text[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(text);
    }
}
