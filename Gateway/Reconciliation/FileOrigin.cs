namespace PayGov.Gateway.Reconciliation;

/// <summary>How a file reached the gateway.</summary>
public enum FileOrigin
{
    /// <summary>Written by the gateway itself from its own records for a run.</summary>
    Ledger,
    Upload,
    DropFolder,

    /// <summary>Fetched from an <see cref="IReconciliationFileSource"/> (the embedded sandbox) before the nightly run.</summary>
    Source,
}
