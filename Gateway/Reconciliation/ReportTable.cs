namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// One grouping of a day's report: its rows, their totals, and the day's gateway totals the totals must equal
/// (they foot); in every line <c>net = payments_amount − refunds_amount</c> (they cross-foot).
/// </summary>
public sealed record ReportTable(DateOnly BusinessDay, string RunId, ReportGrouping Grouping, IReadOnlyList<ReportLine> Rows, ReportLine Totals, ReportLine Gateway)
{
    public IReadOnlyList<string> Columns =>
        Grouping.HasCounts
            ? [.. Grouping.KeyColumns, "payments_count", "payments_amount", "refunds_count", "refunds_amount", "net"]
            : [.. Grouping.KeyColumns, "payments_amount", "refunds_amount", "net"];

    /// <summary>The values of a line in <see cref="Columns"/> order: text keys, then integers.</summary>
    public IReadOnlyList<object> ValuesOf(ReportLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var values = new List<object>(line.Keys);
        if (Grouping.HasCounts)
        {
            values.AddRange([line.PaymentsCount ?? 0, line.PaymentsAmount, line.RefundsCount ?? 0, line.RefundsAmount, line.Net]);
        }
        else
        {
            values.AddRange([line.PaymentsAmount, line.RefundsAmount, line.Net]);
        }

        return values;
    }

    /// <summary>The JSON shape of a line: its named columns.</summary>
    public Dictionary<string, object> ToJson(ReportLine line)
    {
        var values = ValuesOf(line);
        return Columns.Select((column, i) => (column, i)).ToDictionary(c => c.column, c => values[c.i], StringComparer.Ordinal);
    }
}
