namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// Interns the low-cardinality columns (portal, fee and budget codes, accounts) so a million rows share a few
/// hundred strings; looked up by span so a known value allocates nothing.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (_lookup.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var created = new string(text);
        _set.Add(created);
        return created;
    }
}
