namespace PayGov.Gateway.Reconciliation;

/// <summary>One line of an exception's append-only audit trail: who did what, when, from which state to which.</summary>
public sealed class ExceptionAction
{
    public long Id { get; init; }

    public required string ExceptionId { get; init; }

    /// <summary><c>raised</c>, <c>resolved</c>, <c>resolution_requested</c>, <c>approved</c>, <c>rejected</c>, <c>reopened</c>, <c>superseded</c>, <c>amounts_changed</c>, <c>day_closed</c>.</summary>
    public required string Action { get; init; }

    /// <summary>A treasury username, or <c>system</c>.</summary>
    public required string Actor { get; init; }

    /// <summary><c>accountant</c>, <c>supervisor</c> or <c>system</c>.</summary>
    public required string ActorRole { get; init; }

    public DateTimeOffset At { get; init; }

    public ExceptionStatus? FromStatus { get; init; }

    public ExceptionStatus ToStatus { get; init; }

    public string? ResolutionCode { get; init; }

    public string? Note { get; init; }

    public string? RunId { get; init; }
}
