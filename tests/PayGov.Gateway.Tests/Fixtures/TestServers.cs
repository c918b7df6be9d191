using DotNet.Testcontainers.Builders;
using Testcontainers.PostgreSql;
using Testcontainers.Redis;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>
/// The real servers the suite runs against. The test command (test.sh, called by .ci/run) starts PostgreSQL
/// and Redis on loopback and names them in PAYGOV_TEST_POSTGRES / PAYGOV_TEST_REDIS; on a developer's
/// machine with a Docker engine, Testcontainers starts them instead. With neither, fixtures fail loudly.
/// </summary>
public static class TestServers
{
    public const string PostgresVariable = "PAYGOV_TEST_POSTGRES";
    public const string RedisVariable = "PAYGOV_TEST_REDIS";

    private static readonly Lazy<Task<string>> Postgres = new(StartPostgresAsync);
    private static readonly Lazy<Task<string>> Redis = new(StartRedisAsync);

    /// <summary>A connection string to a PostgreSQL server as a user that may create databases.</summary>
    public static Task<string> PostgresAsync() => Postgres.Value;

    public static Task<string> RedisAsync() => Redis.Value;

    private static async Task<string> StartPostgresAsync()
    {
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var container = await StartContainerAsync(() => new PostgreSqlBuilder("postgres:16-alpine").Build(), PostgresVariable);
        return container.GetConnectionString();
    }

    private static async Task<string> StartRedisAsync()
    {
        if (Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var container = await StartContainerAsync(() => new RedisBuilder("redis:7-alpine").Build(), RedisVariable);
        return container.GetConnectionString();
    }

    private static async Task<T> StartContainerAsync<T>(Func<T> build, string variable)
        where T : DotNet.Testcontainers.Containers.IContainer
    {
        T container;
        try
        {
            container = build();
            await container.StartAsync();
        }
        catch (Exception ex) when (ex is DockerUnavailableException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"No test server: set {variable} (the README's test command, ./test.sh, starts PostgreSQL and Redis and sets it) or run a Docker engine for Testcontainers.",
                ex);
        }

        return container;
    }
}
