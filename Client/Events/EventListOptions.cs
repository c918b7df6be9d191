using PayGov.Client.Infrastructure;

namespace PayGov.Client.Events;

/// <summary>Filters and cursor of <see cref="EventService.ListAsync"/>; every filter is optional.</summary>
public sealed class EventListOptions : ListOptions
{
    /// <summary>Gets the event type to list (see <see cref="EventTypes"/>), or <see langword="null"/> for all.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the id of the object whose events to list (for example <c>pi_…</c>), or <see langword="null"/>.</summary>
    public string? ObjectId { get; init; }

    internal override void AddFilters(QueryBuilder query)
    {
        query.Add("type", Type);
        query.Add("object_id", ObjectId);
    }
}
