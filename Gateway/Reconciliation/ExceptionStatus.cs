namespace PayGov.Gateway.Reconciliation;

/// <summary>Where an exception stands in the accountants' queue (README §10).</summary>
public enum ExceptionStatus
{
    Open,

    /// <summary>Resolved by an accountant above the approval threshold: counts as resolved once a supervisor approves.</summary>
    PendingApproval,
    Resolved,

    /// <summary>A re-run with corrected inputs no longer raises it. Kept, never deleted.</summary>
    Superseded,
}
