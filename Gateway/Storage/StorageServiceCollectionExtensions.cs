using Microsoft.EntityFrameworkCore;
using Npgsql;
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
            var connection = new NpgsqlConnectionStringBuilder(postgres);
            if (!connection.ContainsKey("Max Auto Prepare"))
            {
                // The same few statements run on every request: preparing them per connection saves PostgreSQL about
                // a third of its CPU per create (bench/README.md). An operator's explicit setting wins.
                connection.MaxAutoPrepare = 20;
            }

            postgres = connection.ConnectionString;
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
