using System.Globalization;
using System.Text;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>
/// Writes a statement as one bare MT940 message, the host-to-host shape that puts a whole day in one message
/// (reconciliation formats/mt940.md): CRLF lines, the SWIFT X character set, lines of at most 65 characters.
/// </summary>
internal static class Mt940StatementWriter
{
    private const int LineLength = 65;
    private const int RemarkLines = 6;
    private const string XCharacters = "/-?:().,'+ ";

    public static string Write(SandboxBankStatement statement)
    {
        var text = new StringBuilder();
        var date = Date(statement.Day);
        Line(text, ":20:SBX" + date);
        Line(text, ":25:" + statement.AccountNumber);
        Line(text, ":28C:" + statement.Number.ToString(CultureInfo.InvariantCulture) + "/1");
        Line(text, ":60F:" + Balance(statement.Opening, date));
        foreach (var entry in statement.Entries)
        {
            var booking = DateOnly.FromDateTime(VietnamTime.ToVietnam(entry.BookingTime).DateTime);
            var customerReference = string.IsNullOrEmpty(entry.CustomerReference) ? "NONREF" : Cut(XText(entry.CustomerReference).Replace(" ", string.Empty, StringComparison.Ordinal), 16);
            Line(text, ":61:" + Date(booking) + booking.ToString("MMdd", CultureInfo.InvariantCulture) + (entry.IsCredit ? "C" : "D")
                + Amount(entry.Amount) + "NTRF" + customerReference + "//" + entry.TransactionId);
            if (entry.Counterparty?.Name is { Length: > 0 } name)
            {
                Line(text, Continuation(Cut(XText(name), 34)));
            }

            // Banks cut a remark into 65-character lines without caring for words, and drop what passes 6 lines.
            var remark = Cut(XText(entry.Remark), LineLength * RemarkLines);
            for (var start = 0; start < remark.Length; start += LineLength)
            {
                var chunk = remark.Substring(start, Math.Min(LineLength, remark.Length - start));
                Line(text, start == 0 ? ":86:" + chunk : Continuation(chunk));
            }
        }

        Line(text, ":62F:" + Balance(statement.Closing, date));
        Line(text, "-");
        return text.ToString();
    }

    /// <summary>Transliterated, and every character outside the X set replaced by a space, as banks do.</summary>
    private static string XText(string text) => string.Concat(VietnameseText.RemoveDiacritics(text)
        .Select(c => char.IsAsciiLetterOrDigit(c) || XCharacters.Contains(c, StringComparison.Ordinal) ? c : ' '));

    /// <summary>A continuation line must not start with <c>:</c> or <c>-</c>, which would read as a new field or the end.</summary>
    private static string Continuation(string line) => line.Length > 0 && line[0] is ':' or '-' ? "." + line[1..] : line;

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private static string Date(DateOnly day) => day.ToString("yyMMdd", CultureInfo.InvariantCulture);

    private static string Amount(long amount) => amount.ToString(CultureInfo.InvariantCulture) + ",";

    private static string Balance(long balance, string date) => (balance < 0 ? "D" : "C") + date + "VND" + Amount(Math.Abs(balance));

    private static void Line(StringBuilder text, string line) => text.Append(line).Append("\r\n");
}
