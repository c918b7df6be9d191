using System.Globalization;
using System.Text.Json;
using PayGov.Reconciliation.Matching;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Parsing;

namespace PayGov.Reconciliation.Running;

/// <summary>
/// Files-only entry point: each folder is laid out like <c>examples/day-1/</c> (its <c>config.json</c>, the ledger
/// <c>gateway_ledger_YYYYMMDD.csv</c>, provider reports and statements named by the README section 3 convention).
/// Folders run in business-day order as consecutive nightly runs of one engine.
/// </summary>
public static class ReconciliationFileRunner
{
    private static readonly PaymentChannel[] Providers = [PaymentChannel.VnPay, PaymentChannel.MoMo, PaymentChannel.ZaloPay];

    /// <summary>snake_case properties, dictionary keys as they are, dates as <c>YYYY-MM-DD</c>.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>Runs the folders and writes <c>{"exceptions": [...], "awaiting_settlement": [...], "days": [...]}</c> as UTF-8 JSON.</summary>
    public static async Task RunAsync(IReadOnlyList<string> dayFolders, Stream output, CancellationToken cancellationToken)
    {
        var result = Run(dayFolders, cancellationToken);
        await JsonSerializer.SerializeAsync(output, result, JsonOptions, cancellationToken).ConfigureAwait(false);
    }

    public static ReconciliationOutput Run(IReadOnlyList<string> dayFolders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dayFolders);
        var days = dayFolders.Select(ReadFolder).OrderBy(d => d.BusinessDay).ToList();
        var engine = new ReconciliationEngine();
        var outputs = new List<DayOutput>();
        var awaiting = new List<AwaitingItem>();
        foreach (var day in days)
        {
            var result = engine.RunDay(day, cancellationToken);
            outputs.Add(new DayOutput(result.BusinessDay, result.Report));
            awaiting.AddRange(result.AwaitingSettlement);
        }

        return new ReconciliationOutput { Exceptions = engine.Exceptions, AwaitingSettlement = awaiting, Days = outputs };
    }

    /// <summary>Finds a day folder's inputs; the run day is the ledger's, and every file must carry that day.</summary>
    public static DayInputs ReadFolder(string folder)
    {
        var configPath = Path.Combine(folder, "config.json");
        ReconciliationConfig config;
        using (var stream = File.OpenRead(configPath))
        {
            config = ReconciliationConfig.Read(stream, "config.json");
        }

        var ledgers = Directory.GetFiles(folder, "gateway_ledger_*.csv");
        if (ledgers.Length != 1)
        {
            throw new FileNotFoundException($"{folder} must hold exactly one gateway_ledger_YYYYMMDD.csv, found {ledgers.Length}.");
        }

        var stamp = Path.GetFileNameWithoutExtension(ledgers[0])["gateway_ledger_".Length..];
        var day = FieldReader.Date(stamp, "yyyyMMdd", Path.GetFileName(ledgers[0]), 0, "(file name)");
        var reports = new Dictionary<PaymentChannel, InputFile>();
        foreach (var provider in Providers)
        {
            var path = Path.Combine(folder, $"{WireNames.Of(provider)}_{stamp}.csv");
            if (File.Exists(path))
            {
                reports[provider] = InputFile.FromPath(path);
            }
        }

        var statements = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var account in config.CollectionAccounts)
        {
            var extension = account.Format == "mt940" ? "mt940" : "xml";
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"statement_{account.Account}_{stamp}.{extension}"));
            if (File.Exists(path))
            {
                statements[account.Account] = InputFile.FromPath(path);
            }
        }

        return new DayInputs
        {
            BusinessDay = day,
            Config = config,
            Ledger = InputFile.FromPath(ledgers[0]),
            ProviderReports = reports,
            Statements = statements,
        };
    }
}
