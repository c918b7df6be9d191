namespace PayGov.Providers.ZaloPay;

/// <summary>ZaloPay's word on a refund (<see cref="ZaloPayClient.RefundAsync"/>, <see cref="ZaloPayClient.QueryRefundAsync"/>; zalopay.md §6–7).</summary>
/// <param name="MRefundId">PayGov's refund id.</param>
/// <param name="ReturnCode"><c>1</c> refunded, <c>2</c> failed, <c>3</c> processing (query it later), or a request error.</param>
/// <param name="SubReturnCode">ZaloPay's detail code, for logs.</param>
/// <param name="ReturnMessage">ZaloPay's text.</param>
/// <param name="RefundId">ZaloPay's id of the refund, when it gave one.</param>
/// <param name="Outcome">Refunded, pending, failed, or unknown.</param>
public sealed record ZaloPayRefund(string MRefundId, int ReturnCode, int SubReturnCode, string ReturnMessage, long? RefundId, RefundOutcome Outcome);
