using PayGov.Client.Infrastructure;

namespace PayGov.Client;

/// <summary>The cursor parameters every list shares.</summary>
public abstract class ListOptions
{
    /// <summary>The largest page the API serves.</summary>
    public const int MaxLimit = 100;

    private protected ListOptions()
    {
    }

    /// <summary>Gets how many objects a page holds (1 to <see cref="MaxLimit"/>), or <see langword="null"/> for the API's default of 10.</summary>
    public int? Limit { get; init; }

    /// <summary>Gets the id of the object after which the page starts (the last id of the previous page), or <see langword="null"/> for the newest.</summary>
    public string? StartingAfter { get; init; }

    /// <summary>Adds this list's filters (not the cursor) to the query.</summary>
    internal abstract void AddFilters(QueryBuilder query);
}
