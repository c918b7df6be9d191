namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// Reads physical lines (LF or CRLF) one at a time and remembers whether the last one was terminated, which
/// <see cref="TextReader.ReadLine"/> cannot tell: MoMo files cut in the middle of a line must be refused.
/// </summary>
internal sealed class TextLineReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    public TextLineReader(TextReader reader) => _reader = reader;

    public int LineNumber { get; private set; }
    public bool LastLineTerminated { get; private set; } = true;
    public bool LastLineHadCarriageReturn { get; private set; }

    public string? ReadLine()
    {
        string? pending = null;
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf('\n');
            if (newline >= 0)
            {
                var part = span[..newline];
                _start += newline + 1;
                LineNumber++;
                LastLineTerminated = true;
                LastLineHadCarriageReturn = part.Length > 0 ? part[^1] == '\r' : pending is { Length: > 0 } && pending[^1] == '\r';
                var text = pending is null ? new string(part) : string.Concat(pending, part);
                return LastLineHadCarriageReturn ? text[..^1] : text;
            }

            if (_end > _start)
            {
                pending = pending is null ? new string(span) : string.Concat(pending, span);
            }

            _start = 0;
            _end = 0;
            if (!_eof)
            {
                _end = _reader.Read(_buffer, 0, _buffer.Length);
                _eof = _end == 0;
                if (!_eof)
                {
                    continue;
                }
            }

            if (pending is null)
            {
                return null;
            }

            LineNumber++;
            LastLineTerminated = false;
            LastLineHadCarriageReturn = false;
            return pending;
        }
    }
}
