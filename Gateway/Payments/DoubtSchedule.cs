namespace PayGov.Gateway.Payments;

/// <summary>
/// When an attempt in doubt is asked about again (issue "Providers" item 5): minutes, then hours, then daily,
/// forever until the provider knows. Exact steps, no jitter: queries are cheap and idempotent.
/// </summary>
public static class DoubtSchedule
{
    private static readonly TimeSpan[] Steps =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
    ];

    private static readonly TimeSpan Daily = TimeSpan.FromDays(1);

    /// <summary>The wait after the <paramref name="queriesSoFar"/>-th query (0: the first wait after the doubt began).</summary>
    public static TimeSpan After(int queriesSoFar) => queriesSoFar < Steps.Length ? Steps[Math.Max(0, queriesSoFar)] : Daily;
}
