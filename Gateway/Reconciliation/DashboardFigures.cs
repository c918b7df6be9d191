namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// The four figures of a business day, in đồng (gross unless said): <see cref="Collected"/> what the gateway recorded
/// as paid; <see cref="Settled"/> what the settlement side reports (providers' success payment lines, bank-transfer
/// credits); <see cref="Deposited"/> what reached a collection account on that day (payout credits and bank-transfer
/// credits); <see cref="Outstanding"/> what was collected that day and has not reached a collection account yet
/// (<see cref="DashboardService"/> gives the rule).
/// </summary>
public sealed record DashboardFigures(long Collected, long Settled, long Deposited, long Outstanding)
{
    public static readonly DashboardFigures Zero = new(0, 0, 0, 0);

    public DashboardFigures Add(DashboardFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DashboardFigures(Collected + other.Collected, Settled + other.Settled, Deposited + other.Deposited, Outstanding + other.Outstanding);
    }
}
