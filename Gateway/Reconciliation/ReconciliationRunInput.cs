namespace PayGov.Gateway.Reconciliation;

/// <summary>One input version a run read.</summary>
public sealed class ReconciliationRunInput
{
    public required string RunId { get; init; }

    public required string Source { get; init; }

    public required string FileId { get; init; }

    public required string Sha256 { get; init; }
}
