namespace PayGov.Gateway.Storage;

/// <summary>Which database this deployment runs on.</summary>
public enum StorageKind
{
    Sqlite,
    Postgres,
}
