namespace PayGov.Providers.MoMo;

/// <summary>A payment's status at MoMo (<see cref="MoMoClient.QueryAsync"/>, momo.md §6).</summary>
/// <param name="OrderId">The payment's attempt reference.</param>
/// <param name="Amount">The amount in đồng MoMo holds for the order.</param>
/// <param name="TransId">MoMo's transaction id; <c>0</c> until paid.</param>
/// <param name="ResultCode">The payment's <c>resultCode</c>: <c>0</c> paid, <c>1000</c> waiting, <c>42</c> unknown order, ...</param>
/// <param name="Message">MoMo's text for the result.</param>
/// <param name="PayType">The method used (<c>qr</c>, <c>napas</c>, ...), may be empty.</param>
/// <param name="Refunds">The refunds of this payment, oldest first.</param>
public sealed record MoMoTransaction(
    string OrderId,
    long Amount,
    long TransId,
    int ResultCode,
    string Message,
    string PayType,
    IReadOnlyList<MoMoRefundTransaction> Refunds)
{
    /// <summary>What <see cref="ResultCode"/> says about the payment.</summary>
    public MoMoPaymentStatus Status => MoMoResultCodes.Classify(ResultCode);

    /// <summary>True when MoMo does not know the order (<c>42</c>): the citizen never reached MoMo.</summary>
    public bool IsNotFound => ResultCode == MoMoResultCodes.OrderNotFound;
}
