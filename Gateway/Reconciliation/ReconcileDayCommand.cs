using PayGov.Gateway.Cli;

namespace PayGov.Gateway.Reconciliation;

/// <summary><c>reconcile-day YYYY-MM-DD</c>: the operator runs (or re-runs) a stored day by hand; same rules as the API.</summary>
public static class ReconcileDayCommand
{
    public const string Actor = "cli";

    public static async Task<int> RunAsync(ReconciliationRunService runs, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length != 1)
        {
            throw new CommandLineException("Name one business day: reconcile-day YYYY-MM-DD.");
        }

        var day = BusinessDayParameter.Parse(args[0], "business_day");
        if (!day.IsSuccess)
        {
            throw new CommandLineException(day.Error.Detail);
        }

        var outcome = await runs.RunAsync(day.Value, RunTrigger.Cli, Actor, cancellationToken);
        if (!outcome.IsSuccess)
        {
            await output.WriteLineAsync($"not run: {outcome.Error.Detail}");
            return 1;
        }

        var run = outcome.Value.Run;
        await output.WriteLineAsync(
            $"{run.Id} {run.BusinessDay:yyyy-MM-dd} {ReconciliationWire.Of(run.Status)}{(outcome.Value.Reused ? " (inputs unchanged: existing run)" : "")}: "
            + $"{run.ExceptionCount} exceptions, {run.AwaitingCount} awaiting settlement{(run.Error is null ? "" : ", " + run.Error)}");
        return run.Status == RunStatus.Succeeded ? 0 : 1;
    }
}
