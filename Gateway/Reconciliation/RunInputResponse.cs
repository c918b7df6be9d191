namespace PayGov.Gateway.Reconciliation;

/// <summary>One input version a run read.</summary>
public sealed record RunInputResponse(string Source, string FileId, string Sha256);
