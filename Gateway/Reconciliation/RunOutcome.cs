namespace PayGov.Gateway.Reconciliation;

/// <summary>A run asked for: the run that answers it, and whether it already existed (the same inputs were run before).</summary>
public sealed record RunOutcome(ReconciliationRun Run, bool Reused);
