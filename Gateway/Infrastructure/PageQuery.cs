using System.Globalization;

namespace PayGov.Gateway.Infrastructure;

/// <summary>The cursor parameters every list endpoint shares: <c>limit</c> (1–100, default 10) and <c>starting_after</c>.</summary>
public sealed record PageQuery(int Limit, string? StartingAfter)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "limit", "starting_after" };

    public static Result<PageQuery> Parse(IQueryCollection query, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = DefaultLimit;
        if (query.TryGetValue("limit", out var rawLimit)
            && (!int.TryParse(rawLimit.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, $"'limit' must be a whole number from 1 to {MaxLimit}.", "limit");
        }

        string? startingAfter = null;
        if (query.TryGetValue("starting_after", out var rawCursor))
        {
            startingAfter = rawCursor.ToString();
            if (!Ids.HasPrefix(startingAfter, idPrefix))
            {
                return new ApiError(ErrorCodes.ParameterInvalid, $"'starting_after' must be an id starting with '{idPrefix}_'.", "starting_after");
            }
        }

        return new PageQuery(limit, startingAfter);
    }

    /// <summary>Refuses query parameters an endpoint does not know, so a typo is not silently an unfiltered list.</summary>
    public static ApiError? RejectUnknown(IQueryCollection query, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(known);
        foreach (var (name, values) in query)
        {
            if (!known.Contains(name) && !Names.Contains(name))
            {
                return new ApiError(ErrorCodes.ParameterUnknown, $"'{name}' is not a parameter of this list.", name);
            }

            if (values.Count > 1)
            {
                return new ApiError(ErrorCodes.ParameterInvalid, $"'{name}' was given more than once.", name);
            }
        }

        return null;
    }
}
