using Npgsql;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>A deployment's storage: a database of its own on the test PostgreSQL server, and the test Redis.</summary>
public sealed class PostgresGatewayFixture : GatewayFixture
{
    private readonly string database = "paygov_test_" + Guid.NewGuid().ToString("N")[..16];
    private string? adminConnection;

    public override StorageKind Storage => StorageKind.Postgres;

    public string RedisConnection { get; private set; } = string.Empty;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (adminConnection is not null)
        {
            await using var connection = new NpgsqlConnection(adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    protected override async Task<IReadOnlyDictionary<string, string>> SettingsAsync()
    {
        adminConnection = await TestServers.PostgresAsync();
        RedisConnection = await TestServers.RedisAsync();
        await using (var connection = new NpgsqlConnection(adminConnection))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(adminConnection) { Database = database };
        return new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = builder.ConnectionString,
            ["ConnectionStrings:Redis"] = RedisConnection,
        };
    }
}
