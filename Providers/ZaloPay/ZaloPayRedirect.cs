namespace PayGov.Providers.ZaloPay;

/// <summary>Verifies the browser redirect's <c>checksum</c> (zalopay.md §3). Display only: the callback or a query decides.</summary>
public static class ZaloPayRedirect
{
    /// <summary>Verifies a raw query string (or whole URL) as received; each value is decoded exactly once.</summary>
    /// <param name="queryString">The query string.</param>
    /// <param name="key2s">Every active key2.</param>
    /// <returns>True when the checksum matches with an active key2.</returns>
    public static bool Verify(string queryString, IReadOnlyList<string> key2s)
    {
        ArgumentNullException.ThrowIfNull(queryString);
        return Verify(QueryString.Parse(queryString), key2s);
    }

    /// <summary>Verifies query parameters already decoded once.</summary>
    /// <param name="parameters">Decoded names and values; a repeated name fails.</param>
    /// <param name="key2s">Every active key2.</param>
    /// <returns>True when the checksum matches with an active key2.</returns>
    public static bool Verify(IEnumerable<KeyValuePair<string, string>> parameters, IReadOnlyList<string> key2s)
    {
        ArgumentNullException.ThrowIfNull(key2s);
        var map = QueryString.ToUniqueMap(parameters);
        return map is not null
            && map.TryGetValue("checksum", out var checksum)
            && ZaloPaySignature.Verify(ZaloPaySignature.RedirectChecksumInput(map), checksum, key2s);
    }
}
