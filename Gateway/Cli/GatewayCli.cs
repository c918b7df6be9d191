using PayGov.Gateway.Portals;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Storage;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Cli;

/// <summary>
/// The operator's commands, run by the same binary as the server: <c>migrate</c>, <c>portals …</c>.
/// Anything else (including no arguments, or only <c>--urls</c>-style options) starts the server.
/// </summary>
public static class GatewayCli
{
    public const string Usage = """
        PayGov gateway

          (no command)                         run the gateway (options such as --urls apply)
          migrate                              apply database migrations and exit
          portals create --name NAME [--id ID] [--return-host HOST ...] [--live]
                                               create a portal and print its first API key
          portals rotate-key --id ID [--overlap 1.00:00:00] [--live]
                                               issue a new key; older keys stop after the overlap
          reconcile --out FILE DAY_FOLDER ...  reconcile days from their raw files alone (no database),
                                               in date order as consecutive nights; write the result JSON
          reconcile-day YYYY-MM-DD             run (or re-run) the stored reconciliation of one business day
          treasury users create --username U --role accountant|supervisor
          treasury users reset-password --username U
                                               password from PAYGOV_TREASURY_PASSWORD or the first line of stdin
        """;

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && args[0] is "migrate" or "portals" or "reconcile" or "reconcile-day" or "treasury" or "help" or "--help";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken, TextReader? input = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        try
        {
            switch (args[0])
            {
                case "migrate":
                    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
                    await output.WriteLineAsync("Database is up to date.");
                    return 0;
                case "portals":
                    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
                    return await PortalCommands.RunAsync(scope.ServiceProvider.GetRequiredService<PortalService>(), args[1..], output, cancellationToken);
                case "reconcile":
                    return await ReconcileCommand.RunAsync(args[1..], output, cancellationToken);
                case "reconcile-day":
                    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
                    return await ReconcileDayCommand.RunAsync(scope.ServiceProvider.GetRequiredService<ReconciliationRunService>(), args[1..], output, cancellationToken);
                case "treasury":
                    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
                    return await TreasuryCommands.RunAsync(scope.ServiceProvider.GetRequiredService<TreasuryUserService>(), args[1..], input ?? Console.In, output, cancellationToken);
                default:
                    await output.WriteLineAsync(Usage);
                    return 0;
            }
        }
        catch (CommandLineException ex)
        {
            await output.WriteLineAsync($"error: {ex.Message}{Environment.NewLine}{Environment.NewLine}{Usage}");
            return 2;
        }
    }
}
