using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>A deployment's storage: a database of its own on the test PostgreSQL server, and the test Redis.</summary>
public sealed class PostgresGatewayFixture : GatewayFixture
{
    private TestDatabase? database;

    public override StorageKind Storage => StorageKind.Postgres;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    protected override async Task<IReadOnlyDictionary<string, string>> SettingsAsync()
    {
        database = await TestDatabase.CreateAsync();
        return new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["ConnectionStrings:Redis"] = await TestServers.RedisAsync(),
        };
    }
}
