using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Reports;

namespace PayGov.Reconciliation.Matching;

/// <summary>The outcome of one run day: the exceptions it raised, what waits without an exception, and its report.</summary>
public sealed class DayRunResult
{
    public required DateOnly BusinessDay { get; init; }
    public required IReadOnlyList<ExceptionRecord> Exceptions { get; init; }
    public required IReadOnlyList<AwaitingItem> AwaitingSettlement { get; init; }
    public required DayReport Report { get; init; }
}
