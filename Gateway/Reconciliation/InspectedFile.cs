namespace PayGov.Gateway.Reconciliation;

/// <summary>What a received file turned out to be, once every ingestion check passed.</summary>
public sealed record InspectedFile(InputFileKind Kind, string Source, DateOnly BusinessDay);
