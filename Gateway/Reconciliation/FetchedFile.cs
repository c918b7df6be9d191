namespace PayGov.Gateway.Reconciliation;

/// <summary>A file a source gave: its name, what it declares to be, and its bytes.</summary>
public sealed record FetchedFile(string FileName, InputFileKind Kind, DateOnly BusinessDay, byte[] Content);
