namespace PayGov.Gateway.Storage;

/// <summary>The storage this node was configured with, for the few places that must know (start-up checks, health).</summary>
public sealed record StorageMode(StorageKind Kind);
