namespace PayGov.Gateway.Reconciliation;

/// <summary>One day of the 30-day trend; both figures null when the day is not reconciled.</summary>
public sealed record DashboardTrendPoint(DateOnly Day, long? Collected, long? Deposited);
