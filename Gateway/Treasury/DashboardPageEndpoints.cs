using Microsoft.AspNetCore.Antiforgery;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Treasury.Pages;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Treasury;

/// <summary><c>/treasury?day=yyyy-MM-dd</c>: the dashboard of a business day, yesterday (GMT+7) unless asked.</summary>
public static class DashboardPageEndpoints
{
    public static IEndpointRouteBuilder MapDashboardPage(this IEndpointRouteBuilder routes)
    {
        routes.MapTreasuryPageGroup().MapGet("", ShowAsync).WithName("TreasuryDashboard");
        return routes;
    }

    private static async Task<IResult> ShowAsync(
        HttpContext context, PageRenderer pages, IAntiforgery antiforgery, DashboardService dashboards, CancellationToken cancellationToken)
    {
        var frame = TreasuryFrameView.For(context, antiforgery);
        var day = TreasuryDay.FromQuery(context, dashboards);
        if (!day.IsSuccess)
        {
            return await pages.RenderAsync<TreasuryMessagePage>(
                new TreasuryMessageView(frame, frame.Text.Frame.BadRequestTitle, frame.Text.Frame.BadRequestLead), StatusCodes.Status400BadRequest);
        }

        return await pages.RenderAsync<DashboardPage>(new DashboardView(frame, await dashboards.ForDayAsync(day.Value, cancellationToken)));
    }
}
