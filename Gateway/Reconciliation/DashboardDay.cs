namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// One business day on the dashboard. <see cref="RunId"/> is null when the day has no current reconciliation run:
/// then there are no figures at all (never zeros presented as fact).
/// </summary>
public sealed record DashboardDay(
    DateOnly Day,
    string? RunId,
    DateTimeOffset? ReconciledAt,
    DashboardFigures? Total,
    IReadOnlyList<ProviderFigures> ByProvider,
    IReadOnlyList<PortalFigures> ByPortal)
{
    public bool IsReconciled => RunId is not null;
}
