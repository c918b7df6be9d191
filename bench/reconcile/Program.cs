using System.Diagnostics;
using System.Globalization;
using PayGov.Reconciliation.Parsing;
using PayGov.Reconciliation.Running;

// bench/reconcile: generate a day of N payments, then time parse-only and end-to-end reconciliation of the same
// files, each in its own child process so that each peak-memory figure is its own.
var mode = args.Length > 0 ? args[0] : "all";
var inv = CultureInfo.InvariantCulture;
switch (mode)
{
    case "generate":
    {
        var watch = Stopwatch.StartNew();
        new PayGov.Reconciliation.Bench.DayGenerator(args[1], int.Parse(args[2], inv), args[3]).Write();
        Console.WriteLine(string.Create(inv, $"generated {args[2]} payments into {args[1]} in {watch.Elapsed.TotalSeconds:F1} s"));
        foreach (var file in Directory.GetFiles(args[1]).Order(StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(inv, $"  {Path.GetFileName(file),-45} {new FileInfo(file).Length / 1048576.0,8:F1} MiB"));
        }

        return 0;
    }

    case "parse":
    {
        var folder = args[1];
        var watch = Stopwatch.StartNew();
        var inputs = ReconciliationFileRunner.ReadFolder(folder);
        long items = 0;
        using (var stream = inputs.Ledger.Open())
        {
            items += new GatewayLedgerReader(stream, inputs.Ledger.FileName, inputs.Config.Calendar).ReadRows().LongCount();
        }

        Console.WriteLine(string.Create(inv, $"  ledger read after {watch.Elapsed.TotalSeconds:F2} s, cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2} s, gen2 GCs {GC.CollectionCount(2)}"));

        foreach (var (provider, file) in inputs.ProviderReports)
        {
            using var stream = file.Open();
            items += SettlementReportReader.Open(provider, stream, file.FileName).ReadLines().LongCount();
        }

        Console.WriteLine(string.Create(inv, $"  reports read after {watch.Elapsed.TotalSeconds:F2} s, cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2} s"));

        foreach (var account in inputs.Config.CollectionAccounts)
        {
            if (inputs.Statements.TryGetValue(account.Account, out var file))
            {
                using var stream = file.Open();
                items += BankStatementReader.Open(account.Format, stream, file.FileName, account.Account).ReadEntries().LongCount();
            }
        }

        Report("parse", watch.Elapsed, string.Create(inv, $"{items} rows, lines and entries"));
        return 0;
    }

    case "reconcile":
    {
        var watch = Stopwatch.StartNew();
        var output = Path.Combine(args[1], "result.json");
        await using (var stream = File.Create(output))
        {
            await ReconciliationFileRunner.RunAsync([args[1]], stream, CancellationToken.None);
        }

        var result = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(output))!;
        var counts = result["exceptions"]!.AsArray().GroupBy(e => (string)e!["type"]!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(inv, $"{g.Key}={g.Count()}"));
        Report("reconcile", watch.Elapsed, string.Join(' ', counts) + string.Create(inv, $" awaiting={result["awaiting_settlement"]!.AsArray().Count}"));
        return 0;
    }

    default:
    {
        var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "paygov-recon-bench");
        var payments = args.Length > 2 ? args[2] : "1000000";
        var config = args.Length > 3 ? args[3] : Path.Combine(AppContext.BaseDirectory, "config.json");
        Child("generate", folder, payments, config);
        var parse = Child("parse", folder);
        var reconcile = Child("reconcile", folder);
        Console.WriteLine(string.Create(inv, $"ratio reconcile / parse-only: wall {reconcile.Wall / parse.Wall:F2}, cpu {reconcile.Cpu / parse.Cpu:F2}"));
        Console.WriteLine(string.Create(inv, $"load average at the end: {File.ReadAllText("/proc/loadavg").Trim()} on {Environment.ProcessorCount} cores"));
        return 0;
    }
}

static (double Wall, double Cpu) Child(params string[] arguments)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
    {
        // Started as `dotnet bench.dll`: the child needs the dll too.
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
    }

    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    Console.Write(output);
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{arguments[0]} failed with exit code {process.ExitCode}");
    }

    var figures = output.Split('\n').FirstOrDefault(l => l.StartsWith(arguments[0] + ":", StringComparison.Ordinal))?.Split(' ');
    return figures is null ? (0, 0) : (double.Parse(figures[1], CultureInfo.InvariantCulture), double.Parse(figures[4], CultureInfo.InvariantCulture));
}

static void Report(string what, TimeSpan elapsed, string note)
{
    var peak = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] ?? "0";
    var peakMiB = long.Parse(peak, CultureInfo.InvariantCulture) / 1024.0;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {elapsed.TotalSeconds:F2} s wall, {cpu:F2} s cpu, peak memory (VmHWM) {peakMiB:F0} MiB, {note}"));
}
