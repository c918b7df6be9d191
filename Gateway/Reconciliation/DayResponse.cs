namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// A business day on the wire: <c>open</c> or <c>closed</c>, whether a supervisor could close it now and, if not,
/// the problem a close would answer, its exceptions by state, and the closure with its frozen figures.
/// </summary>
public sealed record DayResponse(
    DateOnly BusinessDay,
    string Status,
    bool Closable,
    DayObstacleResponse? NotClosable,
    string? CurrentRunId,
    DayExceptionCounts Exceptions,
    DayClosureResponse? Closure)
{
    public string Object => "reconciliation_day";

    public static DayResponse From(DayStatus day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var obstacle = day.Obstacle;
        return new DayResponse(
            day.BusinessDay,
            day.IsClosed ? "closed" : "open",
            obstacle is null,
            day.IsClosed || obstacle is null ? null : new DayObstacleResponse(obstacle.Code, obstacle.Detail),
            day.Closure?.RunId ?? day.CurrentRun?.Id,
            new DayExceptionCounts(
                day.Count(ExceptionStatus.Open), day.Count(ExceptionStatus.PendingApproval), day.Count(ExceptionStatus.Resolved), day.Count(ExceptionStatus.Superseded)),
            day.Closure is { } c
                ? new DayClosureResponse(c.ClosedBy, c.ClosedByRole, c.ClosedAt, c.RunId, c.ReportSha256, c.ResolvedExceptions, c.SupersededExceptions, c.Figures)
                : null);
    }
}

public sealed record DayObstacleResponse(string Code, string Detail);

public sealed record DayExceptionCounts(int Open, int PendingApproval, int Resolved, int Superseded);

public sealed record DayClosureResponse(
    string ClosedBy, string ClosedByRole, DateTimeOffset ClosedAt, string RunId, string ReportSha256, int ResolvedExceptions, int SupersededExceptions, DayFigures Totals);
