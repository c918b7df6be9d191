using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Treasury.Pages;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// <c>/treasury/reports?day=&amp;group_by=</c>: a day's report by one grouping (DESIGN §7) with its totals, the CSV and XLSX
/// of the very same table, and the day's close: its status for everyone, the close form for supervisors (disabled,
/// with the reason, while the day cannot close). The close posts, then redirects back (PRG).
/// </summary>
public static class ReportPageEndpoints
{
    public const string Path = TreasuryPageGroup.Root + "/reports";
    private const string GroupingQuery = "group_by";
    private const string ClosedNotice = "closed";

    public static IEndpointRouteBuilder MapReportPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapTreasuryPageGroup();
        pages.MapGet("/reports", ShowAsync).WithName("TreasuryReports");
        pages.MapPost("/reports/{day}/close", CloseAsync).WithName("TreasuryCloseDay").RequireAuthorization(TreasuryAuthentication.SupervisorPolicy);
        return routes;
    }

    public static string PathOf(DateOnly day, string grouping = "provider") =>
        $"{Path}?{TreasuryDay.QueryName}={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&{GroupingQuery}={grouping}";

    private static async Task<IResult> ShowAsync(
        HttpContext context, ReportService reports, DayClosureService days, DashboardService dashboards, PageRenderer pages, IAntiforgery antiforgery,
        CancellationToken cancellationToken)
    {
        var frame = TreasuryFrameView.For(context, antiforgery);
        var text = frame.Text.Reports;
        var day = TreasuryDay.FromQuery(context, dashboards);
        var grouping = ReportGrouping.Named(context.Request.Query[GroupingQuery].ToString() is { Length: > 0 } name ? name : "provider");
        if (!day.IsSuccess || grouping is null)
        {
            return await pages.RenderAsync<TreasuryMessagePage>(
                new TreasuryMessageView(frame, text.BadDay, frame.Text.Frame.BadRequestLead), StatusCodes.Status400BadRequest);
        }

        var run = await reports.RunOfAsync(day.Value, null, cancellationToken);
        var table = run.IsSuccess ? await reports.TableAsync(run.Value, grouping, cancellationToken) : null;
        var notice = context.Request.Query[ExceptionPageEndpoints.NoticeQuery] == ClosedNotice ? text.Closed : null;
        var error = context.Request.Query[ExceptionPageEndpoints.ErrorQuery].ToString() is { Length: > 0 } code
            ? TreasuryText.Format(text.CloseDisabledFormat, text.Errors.GetValueOrDefault(code, frame.Text.Exceptions.GenericError))
            : null;
        return await pages.RenderAsync<ReportPage>(
            new ReportPageView(frame, day.Value, grouping, table, await days.StatusAsync(day.Value, cancellationToken), notice, error));
    }

    private static async Task<IResult> CloseAsync(string day, HttpContext context, TreasuryPrincipal user, DayClosureService days, CancellationToken cancellationToken)
    {
        var parsed = BusinessDayParameter.Parse(day, TreasuryDay.QueryName);
        if (!parsed.IsSuccess)
        {
            return new SeeOther(Path + $"?{ExceptionPageEndpoints.ErrorQuery}={parsed.Error.Code}");
        }

        var grouping = ReportGrouping.Named((await context.Request.ReadFormAsync(cancellationToken))[GroupingQuery].ToString())?.Name ?? "provider";
        var closed = await days.CloseAsync(parsed.Value, user, cancellationToken);
        return new SeeOther(PathOf(parsed.Value, grouping)
            + (closed.IsSuccess ? $"&{ExceptionPageEndpoints.NoticeQuery}={ClosedNotice}" : $"&{ExceptionPageEndpoints.ErrorQuery}={closed.Error.Code}"));
    }
}
