namespace PayGov.Gateway.Reconciliation;

/// <summary>A stored input version on the wire, with the run it caused when a day already run got a corrected file.</summary>
public sealed record FileResponse(
    string Id,
    string Source,
    string Kind,
    DateOnly BusinessDay,
    string FileName,
    string Sha256,
    long Size,
    string Origin,
    string ReceivedBy,
    DateTimeOffset ReceivedAt,
    bool Current,
    string? SupersededById,
    string? SupersededBy,
    DateTimeOffset? SupersededAt,
    RunResponse? Run)
{
    public string Object => "reconciliation_file";

    public static FileResponse From(ReconciliationFile file, RunResponse? run = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FileResponse(
            file.Id, file.Source, ReconciliationWire.Of(file.Kind), file.BusinessDay, file.FileName, file.Sha256, file.Size, ReconciliationWire.Of(file.Origin),
            file.ReceivedBy, file.ReceivedAt, file.IsCurrent, file.SupersededById, file.SupersededBy, file.SupersededAt, run);
    }
}
