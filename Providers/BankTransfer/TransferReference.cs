using System.Security.Cryptography;
using System.Text;

namespace PayGov.Providers.BankTransfer;

/// <summary>
/// PayGov's bank-transfer reference (bank-notification.md §4): <c>PG</c> + 10 Crockford Base32 symbols (50
/// random bits) + 1 check symbol, 13 characters. Letters and digits survive banks rewriting transfer content.
/// </summary>
public static class TransferReference
{
    /// <summary>Length of a reference, <c>PG</c> included.</summary>
    public const int Length = 13;

    private const string Prefix = "PG";
    private const int BodyLength = 10;

    /// <summary>Creates a new reference from a cryptographic generator. Uniqueness is the database's unique constraint: on a collision, create another.</summary>
    /// <returns>A reference such as <c>PG7K3M9QX2ABV</c>.</returns>
    public static string Create()
    {
        Span<char> body = stackalloc char[BodyLength];
        for (var i = 0; i < BodyLength; i++)
        {
            body[i] = CrockfordBase32.Alphabet[RandomNumberGenerator.GetInt32(32)];
        }

        return FromBody(new string(body));
    }

    /// <summary>True when <paramref name="reference"/> is exactly a well-formed reference with a correct check symbol.</summary>
    /// <param name="reference">The candidate, upper case.</param>
    /// <returns>Whether it is a valid reference.</returns>
    public static bool IsValid(string? reference) =>
        reference is { Length: Length }
        && reference.StartsWith(Prefix, StringComparison.Ordinal)
        && reference.Skip(2).All(c => CrockfordBase32.ValueOf(c) >= 0)
        && CheckSymbol(reference.AsSpan(2, BodyLength)) == reference[^1];

    /// <summary>
    /// Finds the references in a transfer remark (bank-notification.md §4.1): transliterate and upper-case, keep
    /// only <c>A–Z 0–9</c>, then at every <c>PG</c> take the next 11 symbols (<c>O</c>→<c>0</c>, <c>I</c>/<c>L</c>→<c>1</c>)
    /// and keep them when the check symbol is right. Bank prefixes, spaces, dots and lower case are tolerated.
    /// </summary>
    /// <param name="remark">The transfer content as the bank reports it.</param>
    /// <returns>The distinct references, in the order found.</returns>
    public static IReadOnlyList<string> FindIn(string remark)
    {
        ArgumentNullException.ThrowIfNull(remark);
        var cleaned = new StringBuilder(remark.Length);
        foreach (var c in VietnameseText.RemoveDiacritics(remark).ToUpperInvariant())
        {
            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            {
                cleaned.Append(c);
            }
        }

        var text = cleaned.ToString();
        var found = new List<string>();
        for (var at = text.IndexOf(Prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Prefix, at + 1, StringComparison.Ordinal))
        {
            if (at + Length > text.Length)
            {
                break;
            }

            var candidate = Prefix + string.Concat(text.Substring(at + 2, BodyLength + 1).Select(ReadAlike));
            if (IsValid(candidate) && !found.Contains(candidate))
            {
                found.Add(candidate);
            }
        }

        return found;
    }

    /// <summary>The reference for a 10-symbol body: <c>PG</c> + body + check symbol.</summary>
    internal static string FromBody(string body) => Prefix + body + CheckSymbol(body);

    /// <summary><c>ALPHABET[(Σ value(body[i]) × (2i+1)) mod 32]</c>: odd weights catch every single wrong symbol.</summary>
    private static char CheckSymbol(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += CrockfordBase32.ValueOf(body[i]) * ((2 * i) + 1);
        }

        return CrockfordBase32.Alphabet[sum % 32];
    }

    /// <summary>Crockford's read-alikes: a payer typing <c>O</c>, <c>I</c> or <c>L</c> meant <c>0</c> or <c>1</c>.</summary>
    private static char ReadAlike(char c) => c switch
    {
        'O' => '0',
        'I' or 'L' => '1',
        _ => c,
    };
}
