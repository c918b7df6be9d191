using PayGov.Gateway.Sandbox;

namespace PayGov.Gateway.Reconciliation;

public static class ReconciliationServiceCollectionExtensions
{
    /// <summary>Stored runs, the file store, the accountants' API services, the nightly job and the drop folder.</summary>
    public static IServiceCollection AddReconciliationRuns(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReconciliationOptions>()
            .BindConfiguration(ReconciliationOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.ConfigPath) || File.Exists(o.ConfigPath), "Reconciliation:ConfigPath names no file.")
            .ValidateOnStart();
        services.AddSingleton<ReconciliationSetup>();
        services.AddSingleton<ReconciliationFileStore>();
        services.AddScoped<GatewayLedgerWriter>();
        services.AddScoped<ReconciliationFileService>();
        services.AddScoped<ExceptionReconciler>();
        services.AddScoped<ReconciliationRunService>();
        services.AddScoped<ExceptionQueueService>();
        services.AddScoped<ReportService>();
        services.AddScoped<DayClosureService>();
        services.AddScoped<ExceptionEvidence>();
        services.AddScoped<DashboardService>();
        services.AddHostedService<NightlyReconciliationJob>();
        services.AddHostedService<DropFolderWatcher>();

        // In the embedded default the sandbox's daily files feed the nightly run, so a newcomer sees a real one.
        var sandbox = configuration.GetValue<bool?>(EmbeddedSandbox.EnabledKey)
            ?? string.IsNullOrWhiteSpace(configuration.GetConnectionString(Storage.StorageServiceCollectionExtensions.PostgresConnectionName));
        if (sandbox)
        {
            services.AddSingleton<IReconciliationFileSource, SandboxFileSource>();
        }

        return services;
    }
}
