namespace PayGov.Gateway.Reconciliation;

/// <summary>A stored run on the wire. <see cref="Reused"/>: the run asked for had the same inputs as this existing one.</summary>
public sealed record RunResponse(
    string Id,
    DateOnly BusinessDay,
    string Status,
    bool Current,
    string Trigger,
    string TriggeredBy,
    string Fingerprint,
    string? PreviousRunId,
    string? CausedByRunId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string? SupersededById,
    DateTimeOffset? SupersededAt,
    int ExceptionCount,
    int AwaitingCount,
    string? Error,
    IReadOnlyList<RunInputResponse> Inputs,
    bool Reused)
{
    public string Object => "reconciliation_run";

    public static RunResponse From(ReconciliationRun run, bool reused = false)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunResponse(
            run.Id, run.BusinessDay, ReconciliationWire.Of(run.Status), run.IsCurrent, ReconciliationWire.Of(run.Trigger), run.TriggeredBy, run.Fingerprint,
            run.PreviousRunId, run.CausedByRunId, run.StartedAt, run.FinishedAt, run.SupersededById, run.SupersededAt, run.ExceptionCount, run.AwaitingCount,
            run.Error, run.Inputs.OrderBy(i => i.Source, StringComparer.Ordinal).Select(i => new RunInputResponse(i.Source, i.FileId, i.Sha256)).ToList(), reused);
    }
}
