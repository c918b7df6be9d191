namespace PayGov.Providers.VnPay;

/// <summary>The result fields VNPAY sends on the Return URL and the IPN (vnpay.md §5.1), decoded once.</summary>
/// <param name="TmnCode"><c>vnp_TmnCode</c>.</param>
/// <param name="TxnRef"><c>vnp_TxnRef</c>: PayGov's merchant reference.</param>
/// <param name="AmountDong">Amount in đồng (<c>vnp_Amount</c> ÷ 100), or <see langword="null"/> when it is not a positive whole number of đồng.</param>
/// <param name="ResponseCode"><c>vnp_ResponseCode</c> (vnpay.md §9.1).</param>
/// <param name="TransactionStatus"><c>vnp_TransactionStatus</c> (vnpay.md §9.4).</param>
/// <param name="TransactionNo"><c>vnp_TransactionNo</c>: VNPAY's transaction number, <c>0</c> when none.</param>
/// <param name="BankCode"><c>vnp_BankCode</c>, empty when absent.</param>
/// <param name="PayDate"><c>vnp_PayDate</c> as sent (GMT+7 <c>yyyyMMddHHmmss</c>), empty when absent.</param>
public sealed record VnPayNotification(
    string TmnCode,
    string TxnRef,
    long? AmountDong,
    string ResponseCode,
    string TransactionStatus,
    string TransactionNo,
    string BankCode,
    string PayDate)
{
    /// <summary>What the codes say happened to the payment (vnpay.md §5.2); <see cref="VnPayPaymentResult.Unknown"/> is never success.</summary>
    public VnPayPaymentResult Result => VnPayCodes.PaymentResult(ResponseCode, TransactionStatus);
}
