using System.Text;

namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// Splits one logical record of a delimited file into fields, RFC 4180 style (quotes, doubled quotes, separators
/// and line breaks inside quotes). Unquoted fields are slices of the line; only quoted ones are copied.
/// </summary>
internal sealed class DelimitedRow
{
    private readonly TextLineReader _lines;
    private readonly char _separator;
    private readonly bool _quoting;
    private readonly List<Range> _ranges = new(32);
    private readonly List<string?> _unquoted = new(32);
    private ReadOnlyMemory<char> _line;

    public DelimitedRow(TextLineReader lines, char separator, bool quoting)
    {
        _lines = lines;
        _separator = separator;
        _quoting = quoting;
    }

    public string FileName { get; init; } = "";
    public int LineNumber { get; private set; }
    /// <summary>The whole record as text; allocates, so meant for title and header lines.</summary>
    public string Text => new(_line.Span);
    public int Count => _ranges.Count;

    public ReadOnlySpan<char> this[int index] => _unquoted[index] is { } copy ? copy.AsSpan() : _line.Span[_ranges[index]];

    /// <summary>The raw text from the start of field <paramref name="from"/> to the end of field <paramref name="to"/>.</summary>
    public ReadOnlySpan<char> RawSpan(int from, int to) =>
        _line.Span.Slice(_ranges[from].Start.Value, _ranges[to].End.Value - _ranges[from].Start.Value);

    public string String(int index) => _unquoted[index] ?? new string(_line.Span[_ranges[index]]);

    public bool Read()
    {
        if (!_lines.TryReadLine(out var line))
        {
            return false;
        }

        LineNumber = _lines.LineNumber;
        if (_quoting && line.Span.Contains('"') && CountQuotes(line.Span) % 2 == 1)
        {
            // A quoted field spans lines: copy out of the reader's buffer before reading on.
            var joined = new string(line.Span);
            while (CountQuotes(joined) % 2 == 1)
            {
                var next = _lines.ReadLine()
                    ?? throw new SettlementFileFormatException(FileName, LineNumber, "(quoting)", "a quoted field is not closed before the end of the file");
                joined = string.Concat(joined, "\n", next);
            }

            line = joined.AsMemory();
        }

        _line = line;
        Split();
        return true;
    }

    private static int CountQuotes(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var c in line)
        {
            if (c == '"')
            {
                count++;
            }
        }

        return count;
    }

    private void Split()
    {
        _ranges.Clear();
        _unquoted.Clear();
        var span = _line.Span;
        var start = 0;
        while (true)
        {
            if (_quoting && start < span.Length && span[start] == '"')
            {
                var builder = new StringBuilder();
                var i = start + 1;
                while (true)
                {
                    if (i >= span.Length)
                    {
                        throw new SettlementFileFormatException(FileName, LineNumber, "(quoting)", "a quoted field is not closed");
                    }

                    if (span[i] == '"')
                    {
                        if (i + 1 < span.Length && span[i + 1] == '"')
                        {
                            builder.Append('"');
                            i += 2;
                            continue;
                        }

                        break;
                    }

                    builder.Append(span[i]);
                    i++;
                }

                _ranges.Add(new Range(start, i + 1));
                _unquoted.Add(builder.ToString());
                i++;
                if (i >= span.Length)
                {
                    return;
                }

                if (span[i] != _separator)
                {
                    throw new SettlementFileFormatException(FileName, LineNumber, "(quoting)", "text after a closing quote");
                }

                start = i + 1;
                continue;
            }

            var next = span[start..].IndexOf(_separator);
            if (next < 0)
            {
                _ranges.Add(new Range(start, span.Length));
                _unquoted.Add(null);
                return;
            }

            _ranges.Add(new Range(start, start + next));
            _unquoted.Add(null);
            start += next + 1;
        }
    }
}
