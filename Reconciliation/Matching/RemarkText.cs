using System.Globalization;
using System.Text;

namespace PayGov.Reconciliation.Matching;

/// <summary>
/// Remark handling of README section 7.2: transliterate (NFD, drop combining marks, đ→d), upper-case, keep only
/// A–Z and 0–9, then find every well-formed transfer reference <c>PG</c> + 10 Crockford symbols + check symbol.
/// </summary>
internal static class RemarkText
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int ReferenceLength = 13;

    public static string Normalize(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange((char)0, (char)127))
        {
            return AsciiAlphanumericUpper(text);
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }

        return AsciiAlphanumericUpper(builder.ToString());
    }

    /// <summary>The distinct well-formed references in a normalised remark, in order of appearance.</summary>
    public static List<string> FindReferences(string normalized)
    {
        var found = new List<string>(1);
        for (var i = 0; i + ReferenceLength <= normalized.Length; i++)
        {
            if (normalized[i] != 'P' || normalized[i + 1] != 'G')
            {
                continue;
            }

            if (IsWellFormed(normalized.AsSpan(i, ReferenceLength)))
            {
                var candidate = normalized.Substring(i, ReferenceLength);
                if (!found.Contains(candidate))
                {
                    found.Add(candidate);
                }
            }
        }

        return found;
    }

    public static bool IsWellFormed(ReadOnlySpan<char> reference)
    {
        if (reference.Length != ReferenceLength || !reference.StartsWith("PG"))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var value = Alphabet.IndexOf(reference[2 + i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            sum += value * ((2 * i) + 1);
        }

        var check = Alphabet.IndexOf(reference[12], StringComparison.Ordinal);
        return check >= 0 && check == sum % 32;
    }

    private static string AsciiAlphanumericUpper(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
