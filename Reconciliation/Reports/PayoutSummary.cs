namespace PayGov.Reconciliation.Reports;

/// <summary>A payout advice listed in a provider report; amount in đồng.</summary>
public sealed record PayoutSummary(string BatchId, DateOnly ExecutedOn, long Amount);
