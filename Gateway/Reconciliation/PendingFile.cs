namespace PayGov.Gateway.Reconciliation;

/// <summary>A received file not yet accepted: its temporary path, digest and size in bytes.</summary>
public sealed record PendingFile(string Path, string Sha256, long Size)
{
    public Stream Open() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920);
}
