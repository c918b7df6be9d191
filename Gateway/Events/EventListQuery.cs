using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Events;

/// <summary>The filters of <c>GET /v1/events</c>.</summary>
public sealed record EventListQuery(PageQuery Page, string? Type, string? ObjectId)
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal) { "type", "object_id" };

    public static Result<EventListQuery> Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (PageQuery.RejectUnknown(query, Known) is { } unknown)
        {
            return unknown;
        }

        var page = PageQuery.Parse(query, Ids.Event);
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        var type = query.TryGetValue("type", out var rawType) ? rawType.ToString() : null;
        if (type is not null && !EventTypes.All.Contains(type))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, $"'{type}' is not an event type.", "type");
        }

        var objectId = query.TryGetValue("object_id", out var rawObject) ? rawObject.ToString() : null;
        return TextRules.Optional(objectId, "object_id", 40) is { } error ? error : new EventListQuery(page.Value, type, objectId);
    }
}
