using PayGov.Reconciliation.Reports;

namespace PayGov.Reconciliation.Running;

/// <summary>One element of <c>days</c> in the runner's output.</summary>
public sealed record DayOutput(DateOnly BusinessDay, DayReport Report);
