namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// Reads physical lines (LF or CRLF) as slices of its own buffer, so a million-line file costs no string per line,
/// and remembers whether the last line was terminated, which <see cref="TextReader.ReadLine"/> cannot tell: MoMo
/// files cut in the middle of a line must be refused. A returned line is valid until the next call.
/// </summary>
internal sealed class TextLineReader
{
    private readonly TextReader _reader;
    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    public TextLineReader(TextReader reader) => _reader = reader;

    public int LineNumber { get; private set; }
    public bool LastLineTerminated { get; private set; } = true;

    public bool TryReadLine(out ReadOnlyMemory<char> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf('\n');
            if (newline >= 0)
            {
                var length = newline > 0 && _buffer[_start + newline - 1] == '\r' ? newline - 1 : newline;
                line = _buffer.AsMemory(_start, length);
                _start += newline + 1;
                LineNumber++;
                LastLineTerminated = true;
                return true;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    line = _buffer.AsMemory(_start, _end - _start);
                    _start = _end;
                    LineNumber++;
                    LastLineTerminated = false;
                    return true;
                }

                line = default;
                return false;
            }

            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
            _eof = read == 0;
            _end += read;
        }
    }

    public string? ReadLine() => TryReadLine(out var line) ? new string(line.Span) : null;
}
