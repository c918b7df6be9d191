using System.Text.Json;

namespace PayGov.Gateway.Reconciliation;

/// <summary>A day's own gateway totals (README §9.1) in đồng: what every grouping of its report adds up to.</summary>
public sealed record DayFigures(long PaymentsCount, long PaymentsAmount, long RefundsCount, long RefundsAmount, long Net)
{
    /// <summary>The gateway totals of a succeeded run, read from its stored report.</summary>
    public static DayFigures Of(ReconciliationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var report = JsonDocument.Parse(run.ReportJson ?? throw new InvalidOperationException($"Run {run.Id} has no report."));
        var gateway = report.RootElement.GetProperty("gateway");
        var payments = gateway.GetProperty("payments");
        var refunds = gateway.GetProperty("refunds");
        return new DayFigures(
            payments.GetProperty("count").GetInt64(),
            payments.GetProperty("amount").GetInt64(),
            refunds.GetProperty("count").GetInt64(),
            refunds.GetProperty("amount").GetInt64(),
            gateway.GetProperty("net").GetInt64());
    }
}
