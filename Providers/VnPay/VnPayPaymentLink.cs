namespace PayGov.Providers.VnPay;

/// <summary>A signed VNPAY payment URL (<see cref="VnPayClient.CreatePaymentUrl"/>): nothing is sent to VNPAY until the citizen opens it.</summary>
/// <param name="TxnRef">The attempt reference (<c>vnp_TxnRef</c>).</param>
/// <param name="Amount">The amount in đồng.</param>
/// <param name="Url">The URL to redirect the citizen's browser to.</param>
public sealed record VnPayPaymentLink(string TxnRef, long Amount, Uri Url);
