namespace PayGov.Reconciliation;

/// <summary>A PayGov collection account and the format of its statement (<c>mt940</c> or <c>camt.053.001.08</c>).</summary>
public sealed class CollectionAccountConfig
{
    public string Source { get; init; } = "";
    public string Account { get; init; } = "";
    public string Format { get; init; } = "";
}
