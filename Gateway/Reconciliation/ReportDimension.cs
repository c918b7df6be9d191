namespace PayGov.Gateway.Reconciliation;

/// <summary>The breakdowns of a day's gateway totals stored per run (README §9.2–9.3).</summary>
public enum ReportDimension
{
    Provider,
    Portal,
    FeeCode,
    Budget,
}
