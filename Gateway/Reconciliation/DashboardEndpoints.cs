using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary><c>GET /v1/reconciliation/dashboard?day=YYYY-MM-DD</c>: the figures the dashboard page shows, as JSON.</summary>
public static class DashboardEndpoints
{
    public static async Task<Results<Ok<Dashboard>, ProblemHttpResult>> GetAsync(
        HttpRequest request, DashboardService dashboards, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(dashboards);
        if (request.Query.Keys.FirstOrDefault(k => k != "day") is { } unknown)
        {
            return Problems.From(new ApiError(ErrorCodes.ParameterUnknown, $"'{unknown}' is not a parameter of the dashboard.", unknown));
        }

        var day = request.Query.TryGetValue("day", out var asked) ? BusinessDayParameter.Parse(asked.ToString(), "day") : dashboards.DefaultDay();
        return day.IsSuccess ? TypedResults.Ok(await dashboards.ForDayAsync(day.Value, cancellationToken)) : Problems.From(day.Error);
    }
}
