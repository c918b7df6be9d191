using System.Net;

namespace PayGov.Providers;

/// <summary>
/// Splits a received query string into decoded name/value pairs. Each name and value is decoded exactly once
/// with form rules (<c>+</c> and <c>%20</c> are spaces, <c>%XX</c> are UTF-8 bytes), as VNPAY, MoMo and ZaloPay
/// redirects require (providers README, "URL encoding that affects signatures").
/// </summary>
internal static class QueryString
{
    /// <summary>
    /// Parses <c>a=1&amp;b=2</c>, <c>?a=1</c> (ASP.NET Core's <c>QueryString.Value</c>) or a whole URL, whose part
    /// up to its first <c>?</c> is skipped. A bare query string is never cut at a <c>?</c> inside a value.
    /// </summary>
    public static List<KeyValuePair<string, string>> Parse(string queryOrUrl)
    {
        var query = queryOrUrl;
        if (query.StartsWith('?'))
        {
            query = query[1..];
        }
        else if (query.Contains("://", StringComparison.Ordinal) && query.IndexOf('?', StringComparison.Ordinal) is var start and >= 0
            && start < query.IndexOf('=', StringComparison.Ordinal))
        {
            query = query[(start + 1)..];
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals >= 0 ? part[..equals] : part;
            var value = equals >= 0 ? part[(equals + 1)..] : string.Empty;
            pairs.Add(new(WebUtility.UrlDecode(name), WebUtility.UrlDecode(value)));
        }

        return pairs;
    }

    /// <summary>
    /// Builds a name→value map, or <see langword="null"/> when a name repeats: a repeated signed field would let
    /// the verifier and the business code read different values.
    /// </summary>
    public static Dictionary<string, string>? ToUniqueMap(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            if (!map.TryAdd(name, value))
            {
                return null;
            }
        }

        return map;
    }
}
