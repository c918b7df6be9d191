using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Webhooks;

namespace PayGov.Gateway.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string PostgresConnectionName = "Postgres";

    /// <summary>PostgreSQL when <c>ConnectionStrings:Postgres</c> is set; otherwise the SQLite file of the embedded default.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var postgres = configuration.GetConnectionString(PostgresConnectionName);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddDbContextPool<PayGovDbContext, PostgresPayGovDbContext>((sp, options) => options.UseNpgsql(postgres).AddInterceptors(sp.GetRequiredService<OutboxCommittedInterceptor>()));
            services.AddSingleton(new StorageMode(StorageKind.Postgres));
        }
        else
        {
            var path = Path.GetFullPath(configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.SqlitePath)}"] ?? new StorageOptions().SqlitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            services.AddDbContextPool<PayGovDbContext, SqlitePayGovDbContext>((sp, options) =>
                options.UseSqlite($"Data Source={path};Default Timeout=30").AddInterceptors(sp.GetRequiredService<OutboxCommittedInterceptor>()));
            services.AddSingleton(new StorageMode(StorageKind.Sqlite));
        }

        services.AddScoped<DatabaseMigrator>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Infrastructure.HealthTags.Ready]);
        return services;
    }
}
