namespace PayGov.Reconciliation;

/// <summary>
/// Business-day rules (README section 2): GMT+7 all year, a cut-off that is the last second of the day.
/// An instant belongs to day D when D−1 at cut-off &lt; t ≤ D at cut-off, fractions of a second dropped.
/// </summary>
public sealed class BusinessCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    private readonly TimeSpan _dayEnd;

    public BusinessCalendar(TimeSpan cutoff)
    {
        if (cutoff < TimeSpan.Zero || cutoff >= TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(cutoff), cutoff, "The cut-off is a time of day.");
        }

        Cutoff = cutoff;
        _dayEnd = cutoff + TimeSpan.FromSeconds(1);
    }

    public TimeSpan Cutoff { get; }

    public DateOnly BusinessDayOf(DateTimeOffset instant)
    {
        var local = Truncate(instant);
        return DateOnly.FromDateTime(local - _dayEnd + TimeSpan.FromDays(1));
    }

    /// <summary>True when the instant lies in the last <paramref name="window"/> of its business day.</summary>
    public bool IsInLateWindow(DateTimeOffset instant, TimeSpan window)
    {
        var local = Truncate(instant);
        var day = BusinessDayOf(instant);
        var end = day.ToDateTime(TimeOnly.MinValue) + _dayEnd;
        return local >= end - window;
    }

    private static DateTime Truncate(DateTimeOffset instant)
    {
        var local = instant.ToOffset(Offset).DateTime;
        return new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
    }
}
