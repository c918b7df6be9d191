using System.Globalization;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Reconciliation;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// The business day a treasury page shows. Typed the Vietnamese way, as the field shows it (<c>15/03/2026</c>),
/// whatever the browser's own language; links between pages carry <c>2026-03-15</c>. No day: yesterday (GMT+7).
/// </summary>
public static class TreasuryDay
{
    public const string QueryName = "day";

    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static Result<DateOnly> Parse(string value) =>
        DateOnly.TryParseExact(value.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : new ApiError(ErrorCodes.ParameterInvalid, "'day' is a day written dd/mm/yyyy.", QueryName);

    public static Result<DateOnly> FromQuery(HttpContext context, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = context.Request.Query[QueryName].ToString();
        return asked.Length == 0 ? DashboardService.DefaultDay(time) : Parse(asked);
    }
}
