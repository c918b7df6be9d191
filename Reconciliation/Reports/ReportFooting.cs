using System.Globalization;

namespace PayGov.Reconciliation.Reports;

/// <summary>The footing and cross-footing checks of README section 9, run on the engine's own output.</summary>
internal static class ReportFooting
{
    public static void Check(DayReport report)
    {
        var g = report.Gateway;
        Equal(g.Net, g.Payments.Amount - g.Refunds.Amount, "gateway net = payments − refunds");
        Breakdown(report.ByProvider.Values, "by_provider");
        Breakdown(report.ByPortal.Values, "by_portal");
        Allocation(report.ByFeeCode.Values.Select(t => (t.PaymentsAmount, t.RefundsAmount, t.Net)), "by_fee_code");
        Allocation(report.ByBudget.Select(t => (t.PaymentsAmount, t.RefundsAmount, t.Net)), "by_budget");
        foreach (var (channel, tables) in report.Reconciliation)
        {
            foreach (var (name, table) in tables)
            {
                Equal(table.Categories.Values.Sum(c => c.Gateway), table.GatewayTotal, $"{channel} {name}: Σ categories gateway = gateway_total");
                Equal(table.Categories.Values.Sum(c => c.Settlement), table.SettlementTotal, $"{channel} {name}: Σ categories settlement = settlement_total");
            }
        }

        foreach (var (source, s) in report.Statement)
        {
            Equal(s.Opening + s.Credits.Amount - s.Debits.Amount, s.Closing, $"{source}: opening + credits − debits = closing");
            Equal(s.CreditsByClass.Values.Sum(c => c.Amount), s.Credits.Amount, $"{source}: credits by class = credits");
            Equal(s.CreditsByClass.Values.Sum(c => c.Count), s.Credits.Count, $"{source}: credit count by class = credits");
        }

        foreach (var (provider, s) in report.Settlement)
        {
            Equal(s.Net, s.PaymentGross - s.RefundGross - s.Fee, $"{provider}: Σ net = payments − refunds − fees");
        }

        void Breakdown(IEnumerable<ChannelTotals> rows, string name)
        {
            var list = rows.ToList();
            Equal(list.Sum(r => r.PaymentsAmount), g.Payments.Amount, $"{name} payments");
            Equal(list.Sum(r => r.PaymentsCount), g.Payments.Count, $"{name} payment count");
            Equal(list.Sum(r => r.RefundsAmount), g.Refunds.Amount, $"{name} refunds");
            Equal(list.Sum(r => r.RefundsCount), g.Refunds.Count, $"{name} refund count");
            foreach (var row in list)
            {
                Equal(row.Net, row.PaymentsAmount - row.RefundsAmount, $"{name} row net");
            }
        }

        void Allocation(IEnumerable<(long Payments, long Refunds, long Net)> rows, string name)
        {
            var list = rows.ToList();
            Equal(list.Sum(r => r.Payments), g.Payments.Amount, $"{name} payments");
            Equal(list.Sum(r => r.Refunds), g.Refunds.Amount, $"{name} refunds");
            foreach (var row in list)
            {
                Equal(row.Net, row.Payments - row.Refunds, $"{name} row net");
            }
        }
    }

    private static void Equal(long actual, long expected, string check)
    {
        if (actual != expected)
        {
            throw new ReportFootingException(string.Create(CultureInfo.InvariantCulture, $"{check} ({actual} ≠ {expected})"));
        }
    }
}
