using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Report tables as files accountants open in Excel. CSV: UTF-8 with BOM (Excel then reads Vietnamese right), CRLF,
/// RFC 4180 quoting, amounts as plain integers, digit codes written <c>="0011"</c> so Excel keeps their leading
/// zeros, and any other text that Excel would run as a formula (<c>= + - @</c>, tab, CR first) prefixed with
/// <c>'</c>. XLSX: codes as text cells, amounts as numbers, one sheet per grouping.
/// </summary>
public static class ReportExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] ToCsv(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.Append(string.Join(',', table.Columns)).Append("\r\n");
        foreach (var line in table.Rows.Append(table.Totals))
        {
            text.Append(string.Join(',', table.ValuesOf(line).Select(Cell))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static async Task<byte[]> ToXlsxAsync(IReadOnlyList<ReportTable> tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            sheets[table.Grouping.Name] = table.Rows.Append(table.Totals)
                .Select(line => table.Columns.Zip(table.ValuesOf(line)).ToDictionary(c => c.First, c => c.Second, StringComparer.Ordinal))
                .ToList();
        }

        // Built in memory: the workbook is small (one row per group), and the zip writer is synchronous.
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, sheets, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return buffer.ToArray();
    }

    private static string Cell(object value) => value switch
    {
        long number => number.ToString(CultureInfo.InvariantCulture),
        string code when code.Length > 0 && code.All(char.IsAsciiDigit) => "=\"" + code + "\"",
        string text => Quote(GuardFormula(text)),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Report cells are text or whole đồng."),
    };

    private static string GuardFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
