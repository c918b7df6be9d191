namespace PayGov.Providers.VnPay;

/// <summary>VNPAY's answer to a refund (vnpay.md §7). A refusal is a result: see <see cref="Outcome"/>.</summary>
/// <param name="RefundId">PayGov's refund reference (<c>vnp_RequestId</c>).</param>
/// <param name="Amount">The amount in đồng.</param>
/// <param name="TransactionNo">VNPAY's number of the refund, empty when none was made.</param>
/// <param name="ResponseCode">VNPAY's <c>vnp_ResponseCode</c> (table 9.3): <c>00</c> accepted.</param>
/// <param name="TransactionStatus">The refund's progress (table 9.4): <c>05</c> processing, <c>06</c> sent to the bank, <c>00</c> done, <c>09</c> rejected.</param>
/// <param name="Message">VNPAY's text for the code.</param>
/// <param name="Outcome">Refunded, pending (query the payment later), failed, or unknown.</param>
public sealed record VnPayRefund(string RefundId, long Amount, string TransactionNo, string ResponseCode, string TransactionStatus, string Message, RefundOutcome Outcome);
