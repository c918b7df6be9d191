using PayGov.Reconciliation;
using PayGov.Reconciliation.Running;

namespace PayGov.Gateway.Cli;

/// <summary>
/// <c>reconcile --out result.json DAY_FOLDER…</c>: the engine on raw files alone, for accountants and auditors
/// who re-check a day, and for the tests. No database is opened.
/// </summary>
public static class ReconcileCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var options = new CommandArguments(args, new HashSet<string>(StringComparer.Ordinal));
        var outPath = options.Required("out");
        if (options.Positional.Count == 0)
        {
            throw new CommandLineException("Name at least one day folder (laid out like shared/reconciliation/examples/day-1).");
        }

        var missing = options.Positional.FirstOrDefault(folder => !Directory.Exists(folder));
        if (missing is not null)
        {
            throw new CommandLineException($"No folder '{missing}'.");
        }

        var temporary = outPath + ".partial";
        try
        {
            await using (var file = File.Create(temporary))
            {
                await ReconciliationFileRunner.RunAsync(options.Positional, file, cancellationToken);
            }

            // Written whole or not at all: a refused file must not leave a half result that looks like an answer.
            File.Move(temporary, outPath, overwrite: true);
        }
        catch (ReconciliationException ex)
        {
            File.Delete(temporary);
            await output.WriteLineAsync($"refused: {ex.Message}");
            return 1;
        }

        await output.WriteLineAsync($"reconciled {options.Positional.Count} day(s) into {outPath}");
        return 0;
    }
}
