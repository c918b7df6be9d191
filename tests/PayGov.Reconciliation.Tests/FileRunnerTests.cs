using System.Text;
using System.Text.Json.Nodes;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Running;

namespace PayGov.Reconciliation.Tests;

public sealed class FileRunnerTests : IDisposable
{
    private readonly string _dayTwo = Path.Combine(Path.GetTempPath(), "paygov-recon-" + Guid.NewGuid().ToString("N"));

    public FileRunnerTests()
    {
        // 15/10: VNPAY reports the 23:58:40 payment of 14/10 and pays the batch of 14/10 (its net, 697,134).
        var day = new DayBuilder(new DateOnly(2025, 10, 15))
            .VnPay("15230004", "251014_01K7E0B0000004VN01", 75_000, 825, "23:58:40", lineDay: new DateOnly(2025, 10, 14))
            .VnPayPayout("VNP25101401", 697_134)
            .Mt940("C", 697_134, "FT25288000000101", "VNPAY TT DOI SOAT VNP25101401", customer: "VNP25101401");
        var carried = File.ReadLines(Path.Combine(SharedSpec.DayOne, "gateway_ledger_20251014.csv")).First(l => l.Contains("pa_01K7E0B00004", StringComparison.Ordinal));
        day.LedgerRow(carried);
        Directory.CreateDirectory(_dayTwo);
        File.Copy(Path.Combine(SharedSpec.DayOne, "config.json"), Path.Combine(_dayTwo, "config.json"));
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(_dayTwo, "gateway_ledger_20251015.csv"), day.LedgerText(), utf8);
        File.WriteAllText(Path.Combine(_dayTwo, "vnpay_20251015.csv"), day.VnPayText(), utf8);
        File.WriteAllText(Path.Combine(_dayTwo, "momo_20251015.csv"), day.MoMoText(), utf8);
        File.WriteAllText(Path.Combine(_dayTwo, "zalopay_20251015.csv"), day.ZaloPayText(), utf8);
        File.WriteAllText(Path.Combine(_dayTwo, "statement_0011004455667_20251015.mt940"), day.Mt940Text(), utf8);
        File.WriteAllText(Path.Combine(_dayTwo, "statement_113000223344_20251015.xml"), day.CamtText(), utf8);
    }

    [Fact]
    public async Task Folders_run_in_business_day_order_and_the_late_window_payment_settles_late_the_next_day()
    {
        using var output = new MemoryStream();

        await ReconciliationFileRunner.RunAsync([_dayTwo, SharedSpec.DayOne], output, CancellationToken.None);

        var result = JsonNode.Parse(output.ToArray())!;
        Assert.Equal(["2025-10-14", "2025-10-15"], result["days"]!.AsArray().Select(d => (string)d!["business_day"]!));
        var exceptions = result["exceptions"]!.AsArray();
        Assert.Equal(15, exceptions.Count);
        var dayTwo = Assert.Single(exceptions, e => (string)e!["business_day"]! == "2025-10-15")!;
        Assert.Equal(("late_settlement", "vnpay", "pa_01K7E0B00004"), ((string)dayTwo["type"]!, (string)dayTwo["source"]!, (string)dayTwo["ref"]!));
        var vnpay = result["days"]![1]!["report"]!["reconciliation"]!["vnpay"]!["payments"]!;
        Assert.Equal(0, (long)vnpay["gateway_total"]!);
        Assert.Equal(75_000, (long)vnpay["categories"]!["late_settlement"]!["settlement"]!);
    }

    [Fact]
    public void Folder_inputs_are_found_by_the_file_name_convention()
    {
        var inputs = ReconciliationFileRunner.ReadFolder(SharedSpec.DayOne);

        Assert.Equal(new DateOnly(2025, 10, 14), inputs.BusinessDay);
        Assert.Equal([PaymentChannel.VnPay, PaymentChannel.MoMo, PaymentChannel.ZaloPay], inputs.ProviderReports.Keys.Order());
        Assert.Equal(2, inputs.Statements.Count);
    }

    public void Dispose() => Directory.Delete(_dayTwo, recursive: true);
}
