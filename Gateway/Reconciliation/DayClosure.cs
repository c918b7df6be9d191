namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// A business day a supervisor closed: the run whose figures are final, a digest of that run's whole report and the
/// day's gateway totals as they stood, and who closed it when. Written once, never updated or deleted: it is the
/// audit record of the close. While it exists, nothing changes the day's runs, inputs or exceptions.
/// </summary>
public sealed class DayClosure
{
    public DateOnly BusinessDay { get; init; }

    /// <summary>The current run at the close; the day's reports read this run from then on.</summary>
    public required string RunId { get; init; }

    /// <summary>Lower-case hex SHA-256 of that run's stored report JSON.</summary>
    public required string ReportSha256 { get; init; }

    public required DayFigures Figures { get; init; }

    public int ResolvedExceptions { get; init; }

    public int SupersededExceptions { get; init; }

    public required string ClosedBy { get; init; }

    public required string ClosedByRole { get; init; }

    public DateTimeOffset ClosedAt { get; init; }
}
