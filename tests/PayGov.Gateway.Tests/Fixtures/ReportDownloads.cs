using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>A day report's CSV and XLSX downloads, read the way an accountant's spreadsheet would.</summary>
public static class ReportDownloads
{
    /// <summary>Every grouping a report is asked for by (DESIGN §7).</summary>
    public static readonly IReadOnlyList<string> Groupings = ["provider", "portal", "fee_code", "budget", "treasury_code", "budget_chapter", "budget_sub_item", "revenue_agency"];

    /// <summary>The CSV of one grouping: its header and data lines (the last is TOTAL).</summary>
    public static async Task<(string[] Header, List<string[]> Lines)> CsvAsync(HttpClient client, DateOnly day, string grouping)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync($"/v1/reconciliation/reports/{Iso(day)}?group_by={grouping}&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ParseCsv(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>A report CSV as Excel reads it: checks its BOM, answers its header and data lines.</summary>
    public static (string[] Header, List<string[]> Lines) ParseCsv(byte[] csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        return (lines[0], lines[1..]);
    }

    /// <summary>The XLSX of one grouping: its rows by column name (the last is the totals).</summary>
    public static async Task<List<IDictionary<string, object>>> XlsxAsync(HttpClient client, DateOnly day, string grouping)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await ParseXlsxAsync(await client.GetByteArrayAsync($"/v1/reconciliation/reports/{Iso(day)}?group_by={grouping}&format=xlsx"));
    }

    /// <summary>The first sheet of a report workbook, by column name.</summary>
    public static async Task<List<IDictionary<string, object>>> ParseXlsxAsync(byte[] xlsx)
    {
        using var workbook = new MemoryStream(xlsx);
        return (await workbook.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();
    }

    /// <summary>An amount column of the TOTAL line of a CSV.</summary>
    public static long CsvTotal((string[] Header, List<string[]> Lines) csv, string column)
    {
        var totals = csv.Lines[^1];
        Assert.Equal("TOTAL", totals[0]);
        return long.Parse(totals[Array.IndexOf(csv.Header, column)], CultureInfo.InvariantCulture);
    }

    /// <summary>An amount column of the totals row of a sheet.</summary>
    public static long XlsxTotal(List<IDictionary<string, object>> sheet, string column) =>
        Convert.ToInt64(sheet[^1][column], CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
