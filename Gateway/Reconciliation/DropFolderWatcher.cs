using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Polls <see cref="ReconciliationOptions.DropFolder"/> for provider reports and statements put there by a transfer
/// job. A file is first claimed by an atomic rename into <c>processing/</c> (of several nodes polling one folder,
/// one wins), checked like an upload, then moved to <c>processed/</c>, or to <c>refused/</c> beside a
/// <c>.refused.txt</c> that says why; a file that found a run or a close under way goes back to the folder for the
/// next poll. Names starting with <c>.</c> or ending <c>.part</c>/<c>.tmp</c> are still being written.
/// </summary>
public sealed class DropFolderWatcher(IServiceScopeFactory scopes, IOptions<ReconciliationOptions> options, TimeProvider time, ILogger<DropFolderWatcher> logger)
    : BackgroundService
{
    public const string Actor = "drop_folder";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.DropFolder))
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.DropFolderPollInterval, time);
        do
        {
            await PollAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Takes in every file the folder holds now.</summary>
    public async Task PollAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.Value.DropFolder!);
        Directory.CreateDirectory(folder);
        var processing = Directory.CreateDirectory(Path.Combine(folder, "processing")).FullName;
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var claimed = Path.Combine(processing, name);
            try
            {
                File.Move(path, claimed);
            }
            catch (IOException)
            {
                continue;
            }

            await TakeAsync(folder, path, claimed, name, cancellationToken);
        }
    }

    private async Task TakeAsync(string folder, string path, string claimed, string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runs = scope.ServiceProvider.GetRequiredService<ReconciliationRunService>();
        FileIngestOutcome received;
        await using (var content = File.OpenRead(claimed))
        {
            received = await runs.ReceiveAsync(content, name, null, null, FileOrigin.DropFolder, RunTrigger.DropFolder, Actor, cancellationToken);
        }

        if (received.Error?.Code == ErrorCodes.ReconciliationBusy && TryReturn(claimed, path))
        {
            return;
        }

        var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        if (received.File is null)
        {
            var problem = received.Refusal is { } refusal
                ? $"{refusal.File}, line {refusal.Line}, field '{refusal.Field}': {refusal.Problem}"
                : received.Error!.Detail;
            var refused = Directory.CreateDirectory(Path.Combine(folder, "refused")).FullName;
            File.Move(claimed, Path.Combine(refused, $"{stamp}_{name}"), overwrite: true);
            await File.WriteAllTextAsync(Path.Combine(refused, $"{stamp}_{name}.refused.txt"), problem + Environment.NewLine, cancellationToken);
            ReconciliationLog.DropFileRefused(logger, name, problem);
            return;
        }

        var processed = Directory.CreateDirectory(Path.Combine(folder, "processed")).FullName;
        File.Move(claimed, Path.Combine(processed, $"{stamp}_{name}"), overwrite: true);
    }

    /// <summary>Puts a claimed file back for the next poll; false when a newer file of that name arrived meanwhile.</summary>
    private static bool TryReturn(string claimed, string path)
    {
        try
        {
            File.Move(claimed, path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
