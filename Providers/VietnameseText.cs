using System.Globalization;
using System.Text;

namespace PayGov.Providers;

/// <summary>The shared transliteration of Vietnamese text to unaccented letters (providers README, "Text").</summary>
public static class VietnameseText
{
    /// <summary>
    /// Removes Vietnamese diacritics: Unicode NFD, drop combining marks (category Mn), then <c>đ</c>→<c>d</c>
    /// and <c>Đ</c>→<c>D</c>, which do not decompose. Other characters are kept as they are.
    /// </summary>
    /// <param name="text">Any text, e.g. <c>Lệ phí Đợt 2</c>.</param>
    /// <returns>The text without diacritics, e.g. <c>Le phi Dot 2</c>.</returns>
    public static string RemoveDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
