namespace PayGov.Gateway.Reconciliation;

/// <summary>What started a run.</summary>
public enum RunTrigger
{
    Nightly,
    Api,
    Cli,
    Upload,
    DropFolder,
}
