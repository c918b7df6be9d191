using PayGov.Gateway.Infrastructure.Idempotency;
using PayGov.Gateway.Infrastructure.RateLimiting;
using PayGov.Gateway.Storage;
using StackExchange.Redis;

namespace PayGov.Gateway.Infrastructure.Coordination;

public static class CoordinationServiceCollectionExtensions
{
    public const string RedisConnectionName = "Redis";

    public static bool UsesRedis(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(RedisConnectionName));

    /// <summary>
    /// Redis when <c>ConnectionStrings:Redis</c> is set (one multiplexer for the process); otherwise in-process
    /// stand-ins, which are correct only for a single node and so are refused together with PostgreSQL.
    /// </summary>
    public static IServiceCollection AddCoordination(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RequestIdempotency>();

        var redis = configuration.GetConnectionString(RedisConnectionName);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            var redisOptions = ConfigurationOptions.Parse(redis);
            // Start even while Redis is down: /readyz reports it, and the multiplexer reconnects by itself.
            redisOptions.AbortOnConnectFail = false;
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisOptions));
            services.AddSingleton<IIdempotencyStore, RedisIdempotencyStore>();
            services.AddSingleton<IRateLimiter, RedisRateLimiter>();
            services.AddSingleton<ILeaderLock, RedisLeaderLock>();
            services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
            return services;
        }

        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(StorageServiceCollectionExtensions.PostgresConnectionName)))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Redis must be set when ConnectionStrings:Postgres is: the in-process stand-ins for Redis are correct only for a single node on SQLite.");
        }

        services.AddSingleton<IIdempotencyStore, InProcessIdempotencyStore>();
        services.AddSingleton<IRateLimiter, InProcessRateLimiter>();
        services.AddSingleton<ILeaderLock, InProcessLeaderLock>();
        return services;
    }
}
