namespace PayGov.Gateway.Treasury;

public sealed partial class TreasuryText
{
    /// <summary>The dashboard of a business day.</summary>
    public DashboardText Dashboard => Pick(DashboardText.Vietnamese, DashboardText.English);
}

public sealed record DashboardText
{
    public static readonly DashboardText Vietnamese = new()
    {
        Title = "Tổng quan",
        DayTitleFormat = "Tổng quan ngày {0}",
        Day = "Ngày làm việc",
        Show = "Xem",
    };

    public static readonly DashboardText English = new()
    {
        Title = "Dashboard",
        DayTitleFormat = "Dashboard for {0}",
        Day = "Business day",
        Show = "Show",
    };

    public required string Title { get; init; }

    /// <summary>{0}: the day, dd/MM/yyyy.</summary>
    public required string DayTitleFormat { get; init; }

    public required string Day { get; init; }

    public required string Show { get; init; }
}
