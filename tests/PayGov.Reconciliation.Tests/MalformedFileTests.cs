using System.Text;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Parsing;

namespace PayGov.Reconciliation.Tests;

public class MalformedFileTests
{
    private static readonly BusinessCalendar Calendar = new(new TimeSpan(23, 59, 59));

    [Fact]
    public void Every_format_sample_reads_cleanly()
    {
        Assert.Equal(9, ReadLedger(Sample("sample.gateway-ledger.csv")).Count);
        Assert.Equal(5, ReadReport(PaymentChannel.VnPay, Sample("sample.vnpay.csv")).Count);
        Assert.Equal(4, ReadReport(PaymentChannel.MoMo, Sample("sample.momo.csv")).Count);
        Assert.Equal(4, ReadReport(PaymentChannel.ZaloPay, Sample("sample.zalopay.csv")).Count);
        Assert.Equal(6, ReadStatement("mt940", Sample("sample.mt940"), "0011004455667").Count);
        Assert.Equal(5, ReadStatement("camt.053.001.08", Sample("sample.camt053.xml"), "113000223344").Count);
    }

    [Fact]
    public void Ledger_record_whose_items_do_not_add_up_is_refused_at_its_first_row()
    {
        var text = Sample("sample.gateway-ledger.csv").Replace(",2,LP.DKDN,Lệ phí đăng ký doanh nghiệp,50000,", ",2,LP.DKDN,Lệ phí đăng ký doanh nghiệp,50001,", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadLedger(text));

        Assert.Equal(("ledger.csv", 3, "item_amount"), (error.FileName, error.LineNumber, error.Field));
    }

    [Fact]
    public void Ledger_row_repeated_with_other_content_is_refused_at_the_repeat()
    {
        var lines = Sample("sample.gateway-ledger.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.Add(lines[2].Replace("Lệ phí cấp giấy phép xây dựng", "Lệ phí khác", StringComparison.Ordinal));

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadLedger(string.Join('\n', lines) + "\n"));

        Assert.Equal((11, "item_no"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Ledger_business_day_that_disagrees_with_status_at_is_refused()
    {
        var text = Sample("sample.gateway-ledger.csv").Replace("2025-03-13,payment", "2025-03-14,payment", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadLedger(text));

        Assert.Equal((2, "business_day"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Ledger_amount_with_a_fraction_is_refused_with_its_column()
    {
        var text = Sample("sample.gateway-ledger.csv").Replace(",succeeded,200000,3000,", ",succeeded,200000.50,3000,", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadLedger(text));

        Assert.Equal((2, "amount"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Vnpay_footer_net_that_does_not_equal_the_lines_is_refused_at_the_footer()
    {
        var text = Sample("sample.vnpay.csv").Replace("TONG,4,350000,75000,3850,271150", "TONG,4,350000,75000,3850,271151", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadReport(PaymentChannel.VnPay, text));

        Assert.Equal(("report.csv", 7, "TONG net"), (error.FileName, error.LineNumber, error.Field));
    }

    [Fact]
    public void Vnpay_line_breaking_the_net_rule_is_refused_at_that_line()
    {
        var text = Sample("sample.vnpay.csv").Replace("200000,2200,197800,00", "200000,2200,197900,00", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadReport(PaymentChannel.VnPay, text));

        Assert.Equal((5, "ThucNhan"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Momo_file_cut_in_the_middle_of_a_line_is_refused()
    {
        var text = Sample("sample.momo.csv");
        text = text[..(text.Length - 10)];

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadReport(PaymentChannel.MoMo, text));

        Assert.Equal((6, "(line end)"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Momo_refund_with_a_positive_amount_is_refused_at_that_line()
    {
        var text = Sample("sample.momo.csv").Replace(";-50000;0;-50000;", ";50000;0;-50000;", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadReport(PaymentChannel.MoMo, text));

        Assert.Equal((5, "Số tiền"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Momo_file_without_byte_order_mark_is_refused()
    {
        var text = Sample("sample.momo.csv").TrimStart('\uFEFF');

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadReport(PaymentChannel.MoMo, text));

        Assert.Equal((1, "(encoding)"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Zalopay_trailer_count_that_does_not_equal_the_details_is_refused_at_the_trailer()
    {
        var text = Sample("sample.zalopay.csv").Replace("T|3|", "T|4|", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadReport(PaymentChannel.ZaloPay, text));

        Assert.Equal((6, "detail_count"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Zalopay_amount_that_is_not_a_number_is_refused_at_that_line()
    {
        var text = Sample("sample.zalopay.csv").Replace("|35000|350|", "|35O00|350|", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadReport(PaymentChannel.ZaloPay, text));

        Assert.Equal((3, "amount"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Mt940_page_whose_closing_does_not_equal_opening_plus_entries_is_refused_at_the_closing()
    {
        var text = Sample("sample.mt940").Replace(":62M:C250314VND1825000,", ":62M:C250314VND1825001,", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadStatement("mt940", text, "0011004455667"));

        Assert.Equal(("statement", 12, ":62M:"), (error.FileName, error.LineNumber, error.Field));
    }

    [Fact]
    public void Mt940_amount_with_a_non_zero_fraction_is_refused_at_its_entry()
    {
        var text = Sample("sample.mt940").Replace("C125000,NTRF", "C125000,50NTRF", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadStatement("mt940", text, "0011004455667"));

        Assert.Equal((6, ":61: amount"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Mt940_of_another_account_is_refused()
    {
        var error = Assert.Throws<SettlementFileFormatException>(() => ReadStatement("mt940", Sample("sample.mt940"), "9999999999"));

        Assert.Equal((3, ":25:"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Camt053_amount_with_a_non_zero_fraction_is_refused_at_its_entry()
    {
        var text = Sample("sample.camt053.xml").Replace("<Amt Ccy=\"VND\">74593271.00</Amt>\n        <CdtDbtInd>", "<Amt Ccy=\"VND\">74593271.50</Amt>\n        <CdtDbtInd>", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadStatement("camt.053.001.08", text, "113000223344"));

        Assert.Equal((66, "Ntry/Amt"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Camt053_whose_closing_does_not_foot_is_refused()
    {
        var text = Sample("sample.camt053.xml").Replace("<Amt Ccy=\"VND\">76707271</Amt>", "<Amt Ccy=\"VND\">76707272</Amt>", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadStatement("camt.053.001.08", text, "113000223344"));

        Assert.Equal((8, "Bal"), (error.LineNumber, error.Field));
    }

    [Fact]
    public void Camt053_of_another_version_is_refused()
    {
        var text = Sample("sample.camt053.xml").Replace("camt.053.001.08", "camt.053.001.02", StringComparison.Ordinal);

        var error = Assert.Throws<SettlementFileFormatException>(() => ReadStatement("camt.053.001.08", text, "113000223344"));

        Assert.Equal((2, "Document"), (error.LineNumber, error.Field));
    }

    // Decoded without dropping a byte order mark, so the MoMo sample keeps its BOM when written back.
    private static string Sample(string name) => new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(SharedSpec.Formats, name)));

    private static MemoryStream Stream(string text) => new(new UTF8Encoding(false).GetBytes(text));

    private static List<LedgerRow> ReadLedger(string text) =>
        [.. new GatewayLedgerReader(Stream(text), "ledger.csv", Calendar).ReadRows()];

    private static List<SettlementLine> ReadReport(PaymentChannel provider, string text) =>
        [.. SettlementReportReader.Open(provider, Stream(text), "report.csv").ReadLines()];

    private static List<BankStatementEntry> ReadStatement(string format, string text, string account) =>
        [.. BankStatementReader.Open(format, Stream(text), "statement", account).ReadEntries()];
}
