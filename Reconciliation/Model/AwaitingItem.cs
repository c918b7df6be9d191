using System.Text.Json.Serialization;

namespace PayGov.Reconciliation.Model;

/// <summary>A succeeded record inside the late window, waiting for the next day's settlement side without an exception.</summary>
public sealed class AwaitingItem
{
    public required DateOnly BusinessDay { get; init; }
    public required string Source { get; init; }

    [JsonPropertyName("ref")]
    public required string Reference { get; init; }

    public required long Amount { get; init; }
    public required SortedDictionary<string, object> Details { get; init; }
}
