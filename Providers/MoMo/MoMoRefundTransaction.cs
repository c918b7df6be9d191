namespace PayGov.Providers.MoMo;

/// <summary>One refund of a payment, as a query lists it (<c>refundTrans</c>, momo.md §6).</summary>
/// <param name="RefundId">The refund's <c>orderId</c> (PayGov's refund reference).</param>
/// <param name="Amount">The amount refunded, in đồng.</param>
/// <param name="ResultCode">The refund's <c>resultCode</c>; <c>0</c> refunded.</param>
/// <param name="TransId">MoMo's id of the refund.</param>
/// <param name="CreatedTime">When the refund was made, Unix milliseconds.</param>
public sealed record MoMoRefundTransaction(string RefundId, long Amount, int ResultCode, long TransId, long CreatedTime);
