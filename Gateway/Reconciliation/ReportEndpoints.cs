using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// <c>GET /v1/reconciliation/reports/{business_day}</c>: without <c>group_by</c>, the whole day report as JSON (or, as
/// XLSX, a workbook with a sheet per grouping); with it, one grouping as JSON, CSV or XLSX. <c>run_id</c> picks a
/// superseded run's report, for audit.
/// </summary>
public static class ReportEndpoints
{
    private static readonly HashSet<string> Known = new HashSet<string>(StringComparer.Ordinal) { "group_by", "format", "run_id" };

    public static async Task<Results<ContentHttpResult, FileContentHttpResult, Ok<Dictionary<string, object>>, ProblemHttpResult>> GetAsync(
        [FromRoute(Name = "business_day")] string businessDay, HttpRequest request, ReportService reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var (name, values) in request.Query)
        {
            if (!Known.Contains(name) || values.Count > 1)
            {
                return Problems.From(new ApiError(Known.Contains(name) ? ErrorCodes.ParameterInvalid : ErrorCodes.ParameterUnknown, $"'{name}' is not a parameter of a report, or was given twice.", name));
            }
        }

        var day = BusinessDayParameter.Parse(businessDay, "business_day");
        if (!day.IsSuccess)
        {
            return Problems.From(day.Error);
        }

        var format = request.Query.TryGetValue("format", out var rawFormat) ? rawFormat.ToString() : "json";
        if (format is not ("json" or "csv" or "xlsx"))
        {
            return Problems.From(new ApiError(ErrorCodes.ParameterInvalid, "'format' is json, csv or xlsx.", "format"));
        }

        ReportGrouping? grouping = null;
        if (request.Query.TryGetValue("group_by", out var rawGroup))
        {
            grouping = ReportGrouping.Named(rawGroup.ToString());
            if (grouping is null)
            {
                return Problems.From(new ApiError(ErrorCodes.ParameterInvalid, "'group_by' is one of: " + string.Join(", ", ReportGrouping.All.Select(g => g.Name)) + ".", "group_by"));
            }
        }
        else if (format == "csv")
        {
            return Problems.From(new ApiError(ErrorCodes.ParameterMissing, "A CSV holds one grouping: name it in 'group_by'.", "group_by"));
        }

        var run = await reports.RunOfAsync(day.Value, request.Query.TryGetValue("run_id", out var runId) ? runId.ToString() : null, cancellationToken);
        if (!run.IsSuccess)
        {
            return Problems.From(run.Error);
        }

        var stamp = $"{day.Value:yyyyMMdd}";
        if (grouping is null)
        {
            if (format == "xlsx")
            {
                var tables = new List<ReportTable>();
                foreach (var each in ReportGrouping.All)
                {
                    tables.Add(await reports.TableAsync(run.Value, each, cancellationToken));
                }

                return TypedResults.File(await ReportExport.ToXlsxAsync(tables, cancellationToken), ReportExport.XlsxContentType, $"reconciliation_{stamp}.xlsx");
            }

            var whole = $$"""{"object":"reconciliation_day_report","business_day":"{{day.Value:yyyy-MM-dd}}","run_id":"{{run.Value.Id}}","report":{{run.Value.ReportJson}}}""";
            return TypedResults.Content(whole, "application/json; charset=utf-8");
        }

        var table = await reports.TableAsync(run.Value, grouping, cancellationToken);
        return format switch
        {
            "csv" => TypedResults.File(ReportExport.ToCsv(table), ReportExport.CsvContentType, $"reconciliation_{stamp}_{grouping.Name}.csv"),
            "xlsx" => TypedResults.File(await ReportExport.ToXlsxAsync([table], cancellationToken), ReportExport.XlsxContentType, $"reconciliation_{stamp}_{grouping.Name}.xlsx"),
            _ => TypedResults.Ok(ToJson(table)),
        };
    }

    private static Dictionary<string, object> ToJson(ReportTable table) => new(StringComparer.Ordinal)
    {
        ["object"] = "reconciliation_report",
        ["business_day"] = table.BusinessDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["run_id"] = table.RunId,
        ["group_by"] = table.Grouping.Name,
        ["columns"] = table.Columns,
        ["rows"] = table.Rows.Select(table.ToJson).ToList(),
        ["totals"] = Amounts(table, table.Totals),
        ["gateway"] = Amounts(table, table.Gateway),
    };

    private static Dictionary<string, object> Amounts(ReportTable table, ReportLine line) =>
        table.ToJson(line).Where(c => !table.Grouping.KeyColumns.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
}
