namespace PayGov.Gateway.Reconciliation;

/// <summary>How a run ended. A run is stored once it has ended; the reconciliation lock keeps two from overlapping.</summary>
public enum RunStatus
{
    Succeeded,

    /// <summary>An input failed an ingestion check or the report failed to foot: nothing of it counts.</summary>
    Rejected,
}
