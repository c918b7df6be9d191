namespace PayGov.Providers.MoMo;

/// <summary>The result fields of a MoMo IPN or redirect (momo.md §4–5), read only after the signature verified.</summary>
/// <param name="PartnerCode">Merchant id; must be PayGov's.</param>
/// <param name="OrderId">PayGov's attempt reference.</param>
/// <param name="RequestId">The create's <c>requestId</c>.</param>
/// <param name="Amount">Amount paid, in đồng.</param>
/// <param name="OrderInfo">Echo of the description.</param>
/// <param name="OrderType">Usually <c>momo_wallet</c>.</param>
/// <param name="TransId">MoMo's transaction id, needed for refunds.</param>
/// <param name="ResultCode">MoMo's result code (momo.md §8).</param>
/// <param name="Message">MoMo's text for the result.</param>
/// <param name="PayType">Payment method (<c>qr</c>, <c>webApp</c>, ...), may be empty.</param>
/// <param name="ResponseTime">Unix time in milliseconds.</param>
/// <param name="ExtraData">Echo of <c>extraData</c> (Base64 JSON or empty); informational only.</param>
public sealed record MoMoNotification(
    string PartnerCode,
    string OrderId,
    string RequestId,
    long Amount,
    string OrderInfo,
    string OrderType,
    long TransId,
    int ResultCode,
    string Message,
    string PayType,
    long ResponseTime,
    string ExtraData)
{
    /// <summary>The payment status <see cref="ResultCode"/> stands for.</summary>
    public MoMoPaymentStatus Status => MoMoResultCodes.Classify(ResultCode);
}
