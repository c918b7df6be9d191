using System.Globalization;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Reconciliation;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// The queue page's address: <c>status</c>, <c>kind</c>, <c>provider</c>, <c>day</c>, <c>sort</c> and <c>page</c>, each
/// optional (an empty value means "any", as an unchosen select sends it). Unknown parameters are ignored: the
/// address also carries the language switch.
/// </summary>
public static class ExceptionSearchQuery
{
    public static readonly IReadOnlyList<(string Wire, ExceptionSort Sort)> Sorts =
        [("newest", ExceptionSort.NewestFirst), ("oldest", ExceptionSort.OldestFirst), ("amount_desc", ExceptionSort.LargestFirst), ("amount_asc", ExceptionSort.SmallestFirst)];

    public static readonly IReadOnlyList<string> Statuses = ["open", "pending_approval", "resolved", "superseded"];

    public static Result<ExceptionSearch> Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        DateOnly? day = null;
        if (Value(query, "day") is { } rawDay)
        {
            var parsed = TreasuryDay.Parse(rawDay);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            day = parsed.Value;
        }

        var kind = Value(query, "kind");
        var provider = Value(query, "provider");
        var rawStatus = Value(query, "status");
        var status = ReconciliationWire.StatusOf(rawStatus);
        var rawSort = Value(query, "sort") ?? "newest";
        var page = Value(query, "page") ?? "1";
        if ((kind is not null && !ExceptionListQuery.Types.Contains(kind))
            || (provider is not null && !ExceptionListQuery.Providers.Contains(provider))
            || (rawStatus is not null && status is null)
            || !Sorts.Any(s => s.Wire == rawSort)
            || !int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 100_000)
        {
            return new ApiError(ErrorCodes.ParameterInvalid, "A filter of the queue is not one it offers.");
        }

        return new ExceptionSearch(day, kind, provider, status, Sorts.First(s => s.Wire == rawSort).Sort, number);
    }

    /// <summary>The queue's address for <paramref name="search"/>, on page <paramref name="page"/>.</summary>
    public static string Href(ExceptionSearch search, int page)
    {
        ArgumentNullException.ThrowIfNull(search);
        var parts = new List<string>();
        Add("status", search.Status is { } status ? ReconciliationWire.Of(status) : null);
        Add("kind", search.Type);
        Add("provider", search.Provider);
        Add("day", search.BusinessDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("sort", search.Sort == ExceptionSort.NewestFirst ? null : WireOf(search.Sort));
        Add("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture));
        return ExceptionPageEndpoints.QueuePath + (parts.Count == 0 ? "" : "?" + string.Join('&', parts));

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
    }

    public static string WireOf(ExceptionSort sort) => Sorts.First(s => s.Sort == sort).Wire;

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && value.ToString() is { Length: > 0 } text ? text : null;
}
