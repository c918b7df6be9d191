using System.Text.Json.Serialization;

namespace PayGov.Reconciliation.Model;

/// <summary>
/// One reconciliation exception as exported (README section 8). Its identity is
/// (<see cref="Type"/>, <see cref="Source"/>, <see cref="BusinessDay"/>, <see cref="Reference"/>). Amounts in đồng.
/// </summary>
public sealed class ExceptionRecord
{
    [JsonIgnore]
    public required ExceptionType Type { get; init; }

    [JsonPropertyName("type")]
    public string TypeName => WireNames.Of(Type);

    public required string Source { get; init; }

    /// <summary>The run day that raised it.</summary>
    public required DateOnly BusinessDay { get; init; }

    [JsonPropertyName("ref")]
    public required string Reference { get; init; }

    public required string Reason { get; init; }
    public required long? ExpectedAmount { get; init; }
    public required long? ObservedAmount { get; init; }

    /// <summary>Other references: strings, integers or dates; free-form by the specification.</summary>
    public required SortedDictionary<string, object> Details { get; init; }

    /// <summary>Set when a later run resolved this exception itself (actor <c>system</c>), with its note.</summary>
    [JsonIgnore]
    public string? SystemResolution { get; internal set; }
}
