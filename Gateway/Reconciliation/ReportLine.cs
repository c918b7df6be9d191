namespace PayGov.Gateway.Reconciliation;

/// <summary>One line of a report table (a group, or the totals), amounts in đồng; counts only where the grouping has them.</summary>
public sealed record ReportLine(IReadOnlyList<string> Keys, long? PaymentsCount, long PaymentsAmount, long? RefundsCount, long RefundsAmount, long Net)
{
    public static ReportLine Sum(IReadOnlyList<string> keys, IEnumerable<ReportLine> lines, bool counted)
    {
        ArgumentNullException.ThrowIfNull(lines);
        long paymentsCount = 0, paymentsAmount = 0, refundsCount = 0, refundsAmount = 0, net = 0;
        foreach (var line in lines)
        {
            paymentsCount = checked(paymentsCount + (line.PaymentsCount ?? 0));
            paymentsAmount = checked(paymentsAmount + line.PaymentsAmount);
            refundsCount = checked(refundsCount + (line.RefundsCount ?? 0));
            refundsAmount = checked(refundsAmount + line.RefundsAmount);
            net = checked(net + line.Net);
        }

        return new ReportLine(keys, counted ? paymentsCount : null, paymentsAmount, counted ? refundsCount : null, refundsAmount, net);
    }
}
