namespace PayGov.Gateway.Reconciliation;

/// <summary>The dashboard of a business day: its figures and the trend of the 30 days ending with it.</summary>
public sealed record Dashboard(DashboardDay Day, IReadOnlyList<DashboardTrendPoint> Trend);
