using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Reconciliation;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// The business day a treasury page shows. Typed the Vietnamese way, as the field shows it (<c>15/03/2026</c>),
/// whatever the browser's own language; links between pages carry <c>2026-03-15</c>. No day: the business day before today's.
/// </summary>
public static class TreasuryDay
{
    public const string QueryName = "day";

    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static Result<DateOnly> Parse(string value) => BusinessDayParameter.ParseAny(value, Formats, QueryName, "dd/mm/yyyy");

    public static Result<DateOnly> FromQuery(HttpContext context, DashboardService dashboards)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(dashboards);
        var asked = context.Request.Query[QueryName].ToString();
        return asked.Length == 0 ? dashboards.DefaultDay() : Parse(asked);
    }
}
