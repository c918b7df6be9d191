using System.Text;

namespace PayGov.Providers.VnPay;

/// <summary>Builds the signed VNPAY payment URL (<c>vnp_Command=pay</c>, vnpay.md §2–3).</summary>
public static class VnPayPaymentUrl
{
    /// <summary>Builds <c>{paymentUrl}?{hashData}&amp;vnp_SecureHash={hash}</c>; the query string is the hash data itself.</summary>
    /// <param name="paymentUrl">VNPAY's payment page from configuration, e.g. <c>https://sandbox.vnpayment.vn/paymentv2/vpcpay.html</c>.</param>
    /// <param name="request">The attempt; its amount is in đồng.</param>
    /// <param name="hashSecret">The merchant's current hash secret (the newest one during a rotation).</param>
    /// <returns>The URL to redirect the citizen's browser to.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive.</exception>
    /// <exception cref="ArgumentException">The description is empty once sanitised.</exception>
    public static string Build(string paymentUrl, VnPayPaymentRequest request, string hashSecret)
    {
        ArgumentNullException.ThrowIfNull(request);
        var orderInfo = VnPayOrderInfo.Sanitize(request.OrderInfo);
        if (orderInfo.Length == 0)
        {
            throw new ArgumentException("OrderInfo is empty once sanitised.", nameof(request));
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_Version"] = "2.1.0",
            ["vnp_Command"] = "pay",
            ["vnp_TmnCode"] = request.TmnCode,
            ["vnp_Amount"] = VnPayAmount.ToWire(request.AmountDong),
            ["vnp_CurrCode"] = "VND",
            ["vnp_TxnRef"] = request.TxnRef,
            ["vnp_OrderInfo"] = orderInfo,
            ["vnp_OrderType"] = "other",
            ["vnp_Locale"] = request.Locale,
            ["vnp_ReturnUrl"] = request.ReturnUrl,
            ["vnp_IpAddr"] = request.IpAddress,
            ["vnp_CreateDate"] = VietnamTime.VnPayTimestamp(request.CreatedAt),
            ["vnp_ExpireDate"] = VietnamTime.VnPayTimestamp(request.ExpiresAt),
        };
        if (!string.IsNullOrEmpty(request.BankCode))
        {
            parameters["vnp_BankCode"] = request.BankCode;
        }

        return Build(paymentUrl, parameters, hashSecret);
    }

    /// <summary>Signs wire parameters as given (amount already × 100).</summary>
    internal static string Build(string paymentUrl, IEnumerable<KeyValuePair<string, string>> parameters, string hashSecret)
    {
        var hashData = VnPaySignature.BuildHashData(parameters);
        return new StringBuilder(paymentUrl)
            .Append('?').Append(hashData)
            .Append('&').Append(VnPaySignature.SecureHashName).Append('=').Append(VnPaySignature.Sign(hashData, hashSecret))
            .ToString();
    }
}
