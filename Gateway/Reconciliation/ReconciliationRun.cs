using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// One reconciliation of one business day over a set of input versions. Its <see cref="Fingerprint"/> covers those
/// inputs, the configuration and the run of the day before it carries from, so a run over the same fingerprint is
/// the same run. A later run of the same day with other inputs supersedes it; superseded runs are kept for audit.
/// </summary>
public sealed class ReconciliationRun : IHasId
{
    public required string Id { get; init; }

    public DateOnly BusinessDay { get; init; }

    public RunStatus Status { get; init; }

    public RunTrigger Trigger { get; init; }

    /// <summary>The treasury username, the operator's <c>cli</c>, or <c>system</c>.</summary>
    public required string TriggeredBy { get; init; }

    /// <summary>Lower-case hex SHA-256.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The run of an earlier day whose state this one carried on from (items awaiting settlement, references).</summary>
    public string? PreviousRunId { get; init; }

    /// <summary>Set when the run was started because an earlier day's inputs changed.</summary>
    public string? CausedByRunId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset FinishedAt { get; init; }

    public int ExceptionCount { get; init; }

    public int AwaitingCount { get; init; }

    /// <summary>The records awaiting settlement after the day (JSON list).</summary>
    public string? AwaitingJson { get; init; }

    /// <summary>The day's whole report (README §9) as JSON.</summary>
    public string? ReportJson { get; init; }

    /// <summary>Why a rejected run was rejected: file, line, field and problem.</summary>
    public string? Error { get; init; }

    public string? SupersededById { get; set; }

    public DateTimeOffset? SupersededAt { get; set; }

    public List<ReconciliationRunInput> Inputs { get; init; } = [];

    public bool IsCurrent => Status == RunStatus.Succeeded && SupersededById is null;
}
