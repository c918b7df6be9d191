namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// One version of one input of a business day (README §4): source, day, SHA-256 of its bytes. The bytes live in the
/// <see cref="ReconciliationFileStore"/> under that digest. A corrected file for the same (source, day) becomes the
/// current version; the old one is kept, marked superseded, with who replaced it and when.
/// </summary>
public sealed class ReconciliationFile
{
    public required string Id { get; init; }

    /// <summary><c>gateway</c>, <c>vnpay</c>, <c>momo</c>, <c>zalopay</c> or <c>bank:&lt;account&gt;</c>.</summary>
    public required string Source { get; init; }

    public InputFileKind Kind { get; init; }

    public DateOnly BusinessDay { get; init; }

    public required string FileName { get; init; }

    /// <summary>Lower-case hex.</summary>
    public required string Sha256 { get; init; }

    public long Size { get; init; }

    public FileOrigin Origin { get; init; }

    public required string ReceivedBy { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public string? SupersededById { get; set; }

    public string? SupersededBy { get; set; }

    public DateTimeOffset? SupersededAt { get; set; }

    public bool IsCurrent => SupersededById is null;
}
