using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Reconciliation;

/// <summary>Handlers of <c>/v1/reconciliation/days/{business_day}</c> (routes in <see cref="ReconciliationEndpoints"/>).</summary>
public static class DayEndpoints
{
    public static async Task<Results<Ok<DayResponse>, ProblemHttpResult>> GetAsync(
        [FromRoute(Name = "business_day")] string businessDay, DayClosureService days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(days);
        var day = BusinessDayParameter.Parse(businessDay, "business_day");
        return day.IsSuccess
            ? TypedResults.Ok(DayResponse.From(await days.StatusAsync(day.Value, cancellationToken)))
            : Problems.From(day.Error);
    }

    public static async Task<Results<Ok<DayResponse>, ProblemHttpResult>> CloseAsync(
        [FromRoute(Name = "business_day")] string businessDay, TreasuryPrincipal user, DayClosureService days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(days);
        var day = BusinessDayParameter.Parse(businessDay, "business_day");
        if (!day.IsSuccess)
        {
            return Problems.From(day.Error);
        }

        var closed = await days.CloseAsync(day.Value, user, cancellationToken);
        return closed.IsSuccess ? TypedResults.Ok(DayResponse.From(closed.Value)) : Problems.From(closed.Error);
    }
}
