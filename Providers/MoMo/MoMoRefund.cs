namespace PayGov.Providers.MoMo;

/// <summary>MoMo's answer to a refund (momo.md §7). A refusal is a result: see <see cref="Outcome"/>.</summary>
/// <param name="RefundId">PayGov's refund reference, echoed as <c>orderId</c>.</param>
/// <param name="Amount">The amount in đồng, echoed.</param>
/// <param name="TransId">MoMo's id of the refund; <c>0</c> when none was made.</param>
/// <param name="ResultCode">MoMo's <c>resultCode</c>.</param>
/// <param name="Message">MoMo's text for the result.</param>
/// <param name="Outcome">Refunded, pending (query the refund later), failed (<c>1080</c>, <c>1081</c>, <c>1088</c>, ...) or unknown.</param>
public sealed record MoMoRefund(string RefundId, long Amount, long TransId, int ResultCode, string Message, RefundOutcome Outcome);
