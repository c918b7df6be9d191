using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>The embedded default: a fresh SQLite file and the in-process stand-ins for Redis.</summary>
public sealed class SqliteGatewayFixture : GatewayFixture
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "paygov-tests-" + Guid.NewGuid().ToString("N"));

    public override StorageKind Storage => StorageKind.Sqlite;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    protected override Task<IReadOnlyDictionary<string, string>> SettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Storage:SqlitePath"] = Path.Combine(directory, "paygov.db"),
        });
}
