namespace PayGov.Gateway.Reconciliation;

/// <summary>Which side of a reconciliation a record comes from: the gateway's own, the provider's report, the bank's statement.</summary>
public enum EvidenceSide
{
    Gateway,
    Provider,
    Bank,
}

/// <summary>One field of a record, as text, đồng or an instant; <see cref="Key"/> names it for the page's labels.</summary>
public sealed record EvidenceField(string Key, string? Text = null, long? Money = null, DateTimeOffset? Time = null);

/// <summary>
/// One record involved in an exception, found where it lives: the gateway's payment or refund, or a line of a file
/// the run read (<see cref="Origin"/>: the file and its line).
/// </summary>
public sealed record EvidenceRecord(EvidenceSide Side, string? Origin, IReadOnlyList<EvidenceField> Fields);
