using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Running;

/// <summary>
/// The result of consecutive runs, in the shape of <c>expected.json</c>: every exception raised (each carries the
/// run day that raised it), the items still awaiting settlement after each day, and one report per day.
/// </summary>
public sealed class ReconciliationOutput
{
    public required IReadOnlyList<ExceptionRecord> Exceptions { get; init; }
    public required IReadOnlyList<AwaitingItem> AwaitingSettlement { get; init; }
    public required IReadOnlyList<DayOutput> Days { get; init; }
}
