namespace PayGov.Gateway.Reconciliation;

/// <summary>The names of audit-trail actions and of the system actor.</summary>
public static class ExceptionActions
{
    public const string Raised = "raised";
    public const string Resolved = "resolved";
    public const string ResolutionRequested = "resolution_requested";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Reopened = "reopened";
    public const string Superseded = "superseded";
    public const string AmountsChanged = "amounts_changed";

    /// <summary>The exception's business day was closed: its state is final from here on.</summary>
    public const string DayClosed = "day_closed";

    public const string SystemActor = "system";
    public const string SystemRole = "system";
}
