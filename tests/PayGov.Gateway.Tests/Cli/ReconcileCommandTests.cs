using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Cli;

namespace PayGov.Gateway.Tests.Cli;

/// <summary><c>reconcile --out FILE DAY_FOLDER…</c> through the gateway's command line, on the shared worked example.</summary>
public sealed class ReconcileCommandTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("paygov-reconcile-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public async Task The_worked_example_reconciles_to_its_expected_answer()
    {
        var dayOne = SharedSpec.DayOne;
        var outPath = Path.Combine(work, "result.json");
        using var output = new StringWriter();

        var exitCode = await GatewayCli.RunAsync(EmptyServices(), ["reconcile", "--out", outPath, dayOne], output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var result = JsonNode.Parse(await File.ReadAllTextAsync(outPath))!;
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dayOne, "expected.json")))!;
        Assert.True(JsonNode.DeepEquals(expected["days"], result["days"]), "the day's report differs from expected.json");
        Assert.Equal(expected["exceptions"]!.AsArray().Count, result["exceptions"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_its_line_and_no_result_is_written()
    {
        var day = Path.Combine(work, "day");
        CopyFolder(SharedSpec.DayOne, day);
        var ledger = Directory.GetFiles(day, "gateway_ledger_*.csv").Single();
        var lines = (await File.ReadAllLinesAsync(ledger)).ToList();
        lines[2] = lines[2].Replace(",payment,", ",paiement,", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(ledger, lines);
        var outPath = Path.Combine(work, "result.json");
        using var output = new StringWriter();

        var exitCode = await GatewayCli.RunAsync(EmptyServices(), ["reconcile", "--out", outPath, day], output, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("refused:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 3", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(outPath));
        Assert.False(File.Exists(outPath + ".partial"));
    }

    [Fact]
    public async Task Missing_arguments_print_the_usage_and_exit_2()
    {
        using var output = new StringWriter();

        var exitCode = await GatewayCli.RunAsync(EmptyServices(), ["reconcile", "--out", Path.Combine(work, "x.json")], output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("reconcile --out FILE DAY_FOLDER", output.ToString(), StringComparison.Ordinal);
    }

    private static ServiceProvider EmptyServices() => new ServiceCollection().BuildServiceProvider();

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
