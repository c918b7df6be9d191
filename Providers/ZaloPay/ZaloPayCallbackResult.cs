namespace PayGov.Providers.ZaloPay;

/// <summary>The decision on a ZaloPay callback: the exact answer and what to record.</summary>
/// <param name="Answer">The body to answer with (HTTP 200).</param>
/// <param name="Outcome">What to record.</param>
public sealed record ZaloPayCallbackResult(ZaloPayCallbackAnswer Answer, ZaloPayCallbackOutcome Outcome);
