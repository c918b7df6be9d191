using PayGov.Gateway.Reconciliation;

namespace PayGov.Gateway.Treasury;

/// <summary>The dashboard page of one business day.</summary>
public sealed record DashboardView(TreasuryFrameView Frame, Dashboard Dashboard)
{
    public DateOnly Day => Dashboard.Day.Day;
}
