using System.Globalization;

namespace PayGov.Reconciliation.Parsing;

/// <summary>Strict, culture-invariant readers of the field shapes the formats use; each failure names file, line and field.</summary>
internal static class FieldReader
{
    public static SettlementFileFormatException Error(string file, int line, string field, string problem) =>
        new(file, line, field, problem);

    /// <summary>Digits only, no sign, no separators: the unsigned đồng amounts.</summary>
    public static long Unsigned(ReadOnlySpan<char> text, string file, int line, string field)
    {
        if (text.IsEmpty || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(file, line, field, $"'{text}' is not a whole, non-negative number of đồng");
        }

        return value;
    }

    /// <summary>An optional leading minus then digits: the signed đồng amounts (net columns, MoMo refunds).</summary>
    public static long Signed(ReadOnlySpan<char> text, string file, int line, string field)
    {
        var negative = text.Length > 1 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        if (digits.IsEmpty || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(file, line, field, $"'{text}' is not a whole number of đồng");
        }

        return negative ? -value : value;
    }

    public static int Count(ReadOnlySpan<char> text, string file, int line, string field)
    {
        if (text.IsEmpty || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(file, line, field, $"'{text}' is not a count");
        }

        return value;
    }

    /// <summary>An amount written with decimals (camt.053 <c>500000.00</c>, MT940 <c>500000,</c>): the fraction must be zero.</summary>
    public static long WholeDong(ReadOnlySpan<char> text, char decimalSeparator, string file, int line, string field)
    {
        var separator = text.IndexOf(decimalSeparator);
        var whole = separator < 0 ? text : text[..separator];
        if (separator >= 0)
        {
            var fraction = text[(separator + 1)..];
            foreach (var c in fraction)
            {
                if (c != '0')
                {
                    throw Error(file, line, field, $"'{text}' has a non-zero fraction; VND amounts are whole đồng");
                }
            }
        }

        return Unsigned(whole, file, line, field);
    }

    public static DateOnly Date(ReadOnlySpan<char> text, string format, string file, int line, string field)
    {
        if (!DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw Error(file, line, field, $"'{text}' is not a date {format}");
        }

        return value;
    }

    /// <summary>A wall-clock time in GMT+7 without offset, returned as an instant.</summary>
    public static DateTimeOffset LocalTime(ReadOnlySpan<char> text, string format, string file, int line, string field)
    {
        if (!DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw Error(file, line, field, $"'{text}' is not a time {format}");
        }

        return new DateTimeOffset(value, BusinessCalendar.Offset).ToUniversalTime();
    }

    /// <summary>The ledger's UTC instants, <c>YYYY-MM-DDTHH:MM:SS.fffZ</c>, read by position: a million rows a night.</summary>
    public static DateTimeOffset UtcInstant(ReadOnlySpan<char> t, string file, int line, string field)
    {
        if (t.Length != 24 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != '.' || t[23] != 'Z'
            || !TryDigits(t[..4], out var year) || !TryDigits(t.Slice(5, 2), out var month) || !TryDigits(t.Slice(8, 2), out var day)
            || !TryDigits(t.Slice(11, 2), out var hour) || !TryDigits(t.Slice(14, 2), out var minute)
            || !TryDigits(t.Slice(17, 2), out var second) || !TryDigits(t.Slice(20, 3), out var millisecond)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            throw Error(file, line, field, $"'{t}' is not a UTC instant YYYY-MM-DDTHH:MM:SS.fffZ");
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
    }

    public static DateOnly IsoDate(ReadOnlySpan<char> t, string file, int line, string field)
    {
        if (t.Length != 10 || t[4] != '-' || t[7] != '-' || !TryDigits(t[..4], out var year) || !TryDigits(t.Slice(5, 2), out var month)
            || !TryDigits(t.Slice(8, 2), out var day) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw Error(file, line, field, $"'{t}' is not a date YYYY-MM-DD");
        }

        return new DateOnly(year, month, day);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
