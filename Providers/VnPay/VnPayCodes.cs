namespace PayGov.Providers.VnPay;

/// <summary>VNPAY code tables (vnpay.md §9), each one exhaustive switch; an unlisted code is never success.</summary>
internal static class VnPayCodes
{
    /// <summary>IPN/Return URL outcome per vnpay.md §5.2.</summary>
    public static VnPayPaymentResult PaymentResult(string responseCode, string transactionStatus)
    {
        if (responseCode == "00" && transactionStatus == "00")
        {
            return VnPayPaymentResult.Succeeded;
        }

        if (responseCode == "07" || transactionStatus == "07")
        {
            return VnPayPaymentResult.UnderReview;
        }

        return IsKnownPaymentResponseCode(responseCode) ? VnPayPaymentResult.Declined : VnPayPaymentResult.Unknown;
    }

    /// <summary>Table 9.1. §9.4 says an unlisted code is "unknown: exception", so it is not read as a decline.</summary>
    private static bool IsKnownPaymentResponseCode(string code) => code switch
    {
        "00" or "07" or "09" or "10" or "11" or "12" or "13" or "24" or "51" or "65" or "75" or "79" or "99" => true,
        _ => false,
    };

    /// <summary>A verified querydr answer (vnpay.md §6, tables 9.2 and 9.4).</summary>
    public static VnPayQueryStatus QueryStatus(string responseCode, string transactionStatus) => responseCode switch
    {
        "00" => transactionStatus switch
        {
            "00" => VnPayQueryStatus.Succeeded,
            "01" => VnPayQueryStatus.Pending,
            "07" => VnPayQueryStatus.UnderReview,
            "02" or "04" => VnPayQueryStatus.Failed,
            _ => VnPayQueryStatus.Unknown,
        },
        "91" => VnPayQueryStatus.NotFound,
        "02" or "03" or "08" or "94" or "97" or "99" => VnPayQueryStatus.QueryFailed,
        _ => VnPayQueryStatus.Unknown,
    };

    /// <summary>A verified refund answer (vnpay.md §7, tables 9.3 and 9.4).</summary>
    public static VnPayRefundStatus RefundStatus(string responseCode, string transactionStatus) => responseCode switch
    {
        "00" => transactionStatus switch
        {
            "00" => VnPayRefundStatus.Succeeded,
            "05" or "06" => VnPayRefundStatus.Pending,
            "09" => VnPayRefundStatus.Failed,
            _ => VnPayRefundStatus.Unknown,
        },
        "02" or "03" or "16" or "91" or "93" or "95" or "97" => VnPayRefundStatus.Failed,
        "94" => VnPayRefundStatus.Pending,
        _ => VnPayRefundStatus.Unknown,
    };
}
