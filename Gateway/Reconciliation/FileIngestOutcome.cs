using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// The answer to a received file: the stored version (<see cref="IsNewVersion"/> false when the same bytes were the
/// current version already) and the re-run of its day it caused (<see cref="Rerun"/>), or why nothing was stored: a
/// request error or a failed ingestion check.
/// </summary>
public sealed record FileIngestOutcome(ReconciliationFile? File, bool IsNewVersion, ApiError? Error, FileRefusal? Refusal)
{
    /// <summary>The run of the file's day, when the day had been run already and so was run again over the new version.</summary>
    public RunOutcome? Rerun { get; init; }

    public static FileIngestOutcome Stored(ReconciliationFile file, bool isNewVersion) => new(file, isNewVersion, null, null);

    public static FileIngestOutcome Failed(ApiError error) => new(null, false, error, null);

    public static FileIngestOutcome Refused(FileRefusal refusal) => new(null, false, null, refusal);
}
