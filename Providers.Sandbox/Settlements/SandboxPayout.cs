namespace PayGov.Providers.Sandbox.Settlements;

/// <summary>A payout advice: the batch of <paramref name="CoveredDay"/>, its <paramref name="LineCount"/> lines, <paramref name="Amount"/> đồng transferred.</summary>
internal sealed record SandboxPayout(DateOnly CoveredDay, int LineCount, long Amount);
