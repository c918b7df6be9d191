namespace PayGov.Gateway.Payments;

/// <summary>Why a paid attempt needs reconciliation's attention (the attempt's <c>anomaly</c>).</summary>
public static class PaymentAnomalies
{
    /// <summary>Paid after its intent was canceled or expired.</summary>
    public const string LatePayment = "late_payment";

    /// <summary>Paid although another attempt had already paid the intent.</summary>
    public const string DoublePayment = "double_payment";

    /// <summary>A bank transfer paid in part and expired: every credit matched to it is to be refunded.</summary>
    public const string Underpayment = "underpayment";
}
