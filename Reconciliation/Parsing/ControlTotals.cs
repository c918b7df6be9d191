using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// The sums a report's footer states, kept as its lines are read: the gross of successful payments and refunds and
/// their fees, and every line's net (a failed line's is zero). Checked arithmetic: a sum past <see cref="long"/> is a
/// malformed file, never a wrapped total.
/// </summary>
internal sealed class ControlTotals
{
    public long Payments { get; private set; }
    public long Refunds { get; private set; }
    public long Fees { get; private set; }
    public long Net { get; private set; }

    public void Add(SettlementLine line)
    {
        if (line.Success)
        {
            if (line.Kind == SettlementLineKind.Payment)
            {
                Payments = checked(Payments + line.Gross);
            }
            else
            {
                Refunds = checked(Refunds + line.Gross);
            }

            Fees = checked(Fees + line.Fee);
        }

        Net = checked(Net + line.Net);
    }
}
