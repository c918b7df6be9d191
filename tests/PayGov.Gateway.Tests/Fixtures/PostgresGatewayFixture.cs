using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>A deployment's storage: a database of its own on the test PostgreSQL server, and the test Redis.</summary>
public class PostgresGatewayFixture : GatewayFixture
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
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["ConnectionStrings:Redis"] = await TestServers.RedisAsync(),

            // Fixtures run in parallel on one Redis: each is a deployment of its own, as staging beside production is.
            ["Routing:Deployment"] = "t" + Guid.NewGuid().ToString("N")[..20],
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Settings a subclass's tests need on top of a plain deployment.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> ExtraSettings => [];
}
