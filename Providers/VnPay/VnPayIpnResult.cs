namespace PayGov.Providers.VnPay;

/// <summary>The decision on an IPN: the exact answer for VNPAY and what PayGov must record.</summary>
/// <param name="Answer">The body to answer with (HTTP 200).</param>
/// <param name="Outcome">What to record.</param>
public sealed record VnPayIpnResult(VnPayIpnAnswer Answer, VnPayIpnOutcome Outcome);
