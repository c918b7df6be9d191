using System.Globalization;
using System.Text;
using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// MT940 customer statement (formats/mt940.md), bare or wrapped in SWIFT blocks, one or more pages. Checks every
/// page's balance, the chaining of pages, the account and the currency.
/// </summary>
public sealed class Mt940StatementReader : BankStatementReader
{
    private readonly TextLineReader _lines;

    public Mt940StatementReader(Stream stream, string fileName, string account)
        : base(fileName, account)
    {
        // The X character set is ASCII; strict UTF-8 decoding refuses anything that is not text.
        _lines = new TextLineReader(new StreamReader(stream, new UTF8Encoding(false, true), false, 1 << 16, leaveOpen: true));
    }

    public override IEnumerable<BankStatementEntry> ReadEntries()
    {
        var fields = ReadFields().GetEnumerator();
        var pages = 0;
        long? previousClosing = null;
        var finalSeen = false;
        long balance = 0;
        var statementId = "";
        var accountSeen = false;
        var position = 0;
        Pending? pending = null;
        while (fields.MoveNext())
        {
            var (tag, value, line) = fields.Current;
            if (pending is not null && tag != "86")
            {
                yield return pending.ToEntry(statementId);
                pending = null;
            }

            switch (tag)
            {
                case "20":
                    statementId = value.Trim();
                    accountSeen = false;
                    break;
                case "25":
                    var account = value.Trim();
                    var slash = account.IndexOf('/', StringComparison.Ordinal);
                    account = slash >= 0 ? account[(slash + 1)..] : account;
                    if (account != Account)
                    {
                        throw FieldReader.Error(FileName, line, ":25:", $"account '{account}' is not the configured account '{Account}'");
                    }

                    accountSeen = true;
                    break;
                case "60F" or "60M":
                    if (!accountSeen)
                    {
                        throw FieldReader.Error(FileName, line, ":25:", "the page has no account identification");
                    }

                    if (finalSeen)
                    {
                        throw FieldReader.Error(FileName, line, $":{tag}:", "a page follows the final closing balance");
                    }

                    var opening = Balance(value, line, tag);
                    if (previousClosing is null)
                    {
                        if (tag != "60F")
                        {
                            throw FieldReader.Error(FileName, line, ":60F:", "the first page opens with :60F:");
                        }

                        Opening = opening;
                    }
                    else if (opening != previousClosing)
                    {
                        throw FieldReader.Error(FileName, line, $":{tag}:", $"opening {opening} does not equal the previous page's closing {previousClosing}");
                    }

                    balance = opening;
                    pages++;
                    break;
                case "61":
                    position++;
                    pending = ParseEntry(value, line, position);
                    balance = checked(balance + (pending.Direction == EntryDirection.Credit ? pending.Amount : -pending.Amount));
                    break;
                case "86":
                    if (pending is not null)
                    {
                        pending.Remark = value.Replace("\n", "", StringComparison.Ordinal);
                        yield return pending.ToEntry(statementId);
                        pending = null;
                    }

                    break;
                case "62M" or "62F":
                    var closing = Balance(value, line, tag);
                    if (pages == 0 || closing != balance)
                    {
                        throw FieldReader.Error(FileName, line, $":{tag}:", $"closing {closing} does not equal opening plus entries {balance}");
                    }

                    previousClosing = closing;
                    finalSeen = tag == "62F";
                    Closing = closing;
                    break;
                default:
                    break;
            }
        }

        if (pending is not null)
        {
            yield return pending.ToEntry(statementId);
        }

        if (!finalSeen)
        {
            throw FieldReader.Error(FileName, _lines.LineNumber, ":62F:", "the statement has no final closing balance");
        }
    }

    private IEnumerable<(string Tag, string Value, int Line)> ReadFields()
    {
        string? tag = null;
        var value = new StringBuilder();
        var start = 0;
        while (_lines.ReadLine() is { } line)
        {
            var number = _lines.LineNumber;
            var endsMessage = line == "-" || line.StartsWith("-}", StringComparison.Ordinal);
            var block = line.StartsWith('{');
            if (endsMessage || block)
            {
                if (tag is not null)
                {
                    yield return (tag, value.ToString(), start);
                    tag = null;
                }

                continue;
            }

            if (line.Length > 3 && line[0] == ':' && line.IndexOf(':', 1) is var close and > 1 && close <= 4)
            {
                if (tag is not null)
                {
                    yield return (tag, value.ToString(), start);
                }

                tag = line[1..close];
                value.Clear().Append(line, close + 1, line.Length - close - 1);
                start = number;
                continue;
            }

            if (tag is null)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                throw FieldReader.Error(FileName, number, "(field)", "text outside any :tag: field");
            }

            value.Append('\n').Append(line);
        }

        if (tag is not null)
        {
            yield return (tag, value.ToString(), start);
        }
    }

    private long Balance(string value, int line, string tag)
    {
        var text = value.Trim();
        var field = $":{tag}:";
        if (text.Length < 11 || text[0] is not ('C' or 'D'))
        {
            throw FieldReader.Error(FileName, line, field, $"'{text}' is not 1!a6!n3!a15d");
        }

        FieldReader.Date(text.AsSpan(1, 6), "yyMMdd", FileName, line, field);
        if (!text.AsSpan(7, 3).SequenceEqual("VND"))
        {
            throw FieldReader.Error(FileName, line, field, $"currency '{text.AsSpan(7, 3)}' is not VND");
        }

        var amount = FieldReader.WholeDong(text.AsSpan(10), ',', FileName, line, field);
        return text[0] == 'D' ? -amount : amount;
    }

    private Pending ParseEntry(string value, int line, int position)
    {
        var newline = value.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? value : value[..newline];
        var details = newline < 0 ? "" : value[(newline + 1)..].Replace("\n", " ", StringComparison.Ordinal);
        var s = first.AsSpan();
        if (s.Length < 6)
        {
            throw FieldReader.Error(FileName, line, ":61: value date", $"'{first}' is too short");
        }

        var valueDate = FieldReader.Date(s[..6], "yyMMdd", FileName, line, ":61: value date");
        var i = 6;
        DateOnly? bookingDate = null;
        if (s.Length >= i + 4 && !s.Slice(i, 4).ContainsAnyExceptInRange('0', '9'))
        {
            var month = int.Parse(s.Slice(i, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            var day = int.Parse(s.Slice(i + 2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            // An entry date in December with a January value date belongs to the previous year.
            var year = month == 12 && valueDate.Month == 1 ? valueDate.Year - 1 : valueDate.Year;
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                throw FieldReader.Error(FileName, line, ":61: entry date", $"'{s.Slice(i, 4)}' is not MMDD");
            }

            bookingDate = new DateOnly(year, month, day);
            i += 4;
        }

        EntryDirection direction;
        bool reversal;
        if (s[i..].StartsWith("RC"))
        {
            (direction, reversal, i) = (EntryDirection.Debit, true, i + 2);
        }
        else if (s[i..].StartsWith("RD"))
        {
            (direction, reversal, i) = (EntryDirection.Credit, true, i + 2);
        }
        else if (i < s.Length && s[i] is 'C' or 'D')
        {
            (direction, reversal, i) = (s[i] == 'C' ? EntryDirection.Credit : EntryDirection.Debit, false, i + 1);
        }
        else
        {
            throw FieldReader.Error(FileName, line, ":61: mark", $"'{first}' has no C, D, RC or RD mark");
        }

        if (i < s.Length && char.IsAsciiLetter(s[i]))
        {
            i++;
        }

        var amountStart = i;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == ','))
        {
            i++;
        }

        var amountText = s[amountStart..i];
        if (amountText.IsEmpty || !amountText.Contains(',') || amountText.Length > 15)
        {
            throw FieldReader.Error(FileName, line, ":61: amount", $"'{amountText}' is not 15d with a decimal comma");
        }

        var amount = FieldReader.WholeDong(amountText, ',', FileName, line, ":61: amount");
        if (s.Length < i + 4)
        {
            throw FieldReader.Error(FileName, line, ":61: transaction type", $"'{first}' has no transaction type");
        }

        i += 4;
        var rest = s[i..];
        var split = rest.IndexOf("//");
        var customer = (split < 0 ? rest : rest[..split]).Trim().ToString();
        var bank = split < 0 ? "" : rest[(split + 2)..].Trim().ToString();
        return new Pending(direction, reversal, amount, valueDate, bookingDate, customer, bank, details, position, line);
    }

    private sealed class Pending(EntryDirection direction, bool reversal, long amount, DateOnly valueDate, DateOnly? bookingDate, string customer, string bank, string details, int position, int line)
    {
        public EntryDirection Direction => direction;
        public long Amount => amount;
        public string Remark { get; set; } = "";

        public BankStatementEntry ToEntry(string statementId) => new()
        {
            Direction = direction,
            IsReversal = reversal,
            Amount = amount,
            ValueDate = valueDate,
            BookingDate = bookingDate,
            // No bank reference: PayGov's fallback is <:20:>/<entry position> (formats/mt940.md).
            BankReference = bank.Length > 0 ? bank : string.Create(CultureInfo.InvariantCulture, $"{statementId}/{position}"),
            CustomerReference = customer == "NONREF" ? "" : customer,
            Remark = Remark,
            SupplementaryDetails = details,
            CounterpartyName = details,
            Position = position,
            FileLine = line,
        };
    }
}
