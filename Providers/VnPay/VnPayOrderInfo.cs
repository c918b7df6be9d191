using System.Text;

namespace PayGov.Providers.VnPay;

/// <summary>
/// Builds <c>vnp_OrderInfo</c> per the PayGov rule of vnpay.md §2.1: VNPAY's samples disagree on how to encode
/// <c>! * ( ) ~ '</c> and non-ASCII, so PayGov never sends them.
/// </summary>
internal static class VnPayOrderInfo
{
    public const int MaxLength = 255;

    public static string Sanitize(string text)
    {
        var ascii = VietnameseText.RemoveDiacritics(text);
        var builder = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            var allowed = char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or ',' or ':' or '/' or '#';
            var next = allowed ? c : ' ';
            if (next == ' ' && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(next);
        }

        var collapsed = builder.ToString().TrimEnd();
        return collapsed.Length <= MaxLength ? collapsed : collapsed[..MaxLength].TrimEnd();
    }
}
