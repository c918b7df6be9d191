using Npgsql;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>A database of its own on the test PostgreSQL server, dropped (with its connections) when disposed.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string adminConnection;
    private readonly string name;

    private TestDatabase(string adminConnection, string name)
    {
        this.adminConnection = adminConnection;
        this.name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnection) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var admin = await TestServers.PostgresAsync();
        var database = new TestDatabase(admin, "paygov_test_" + Guid.NewGuid().ToString("N")[..16]);
        await database.ExecuteAsync($"CREATE DATABASE \"{database.name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
