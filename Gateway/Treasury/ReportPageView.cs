using PayGov.Gateway.Reconciliation;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// The reports page of a day: the grouping shown, its table (null while the day has no completed run), where the day
/// stands for closing, and the notice or error the close form left (PRG).
/// </summary>
public sealed record ReportPageView(TreasuryFrameView Frame, DateOnly Day, ReportGrouping Grouping, ReportTable? Table, DayStatus Status, string? Notice, string? Error)
{
    /// <summary>The API address of this table as a file: the same <see cref="ReportService"/> table the page shows.</summary>
    public string DownloadHref(string format) =>
        $"/v1/reconciliation/reports/{Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}?group_by={Grouping.Name}&format={format}";

    public string WholeDayXlsxHref =>
        $"/v1/reconciliation/reports/{Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}?format=xlsx";
}
