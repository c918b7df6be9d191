namespace PayGov.Providers.VnPay;

/// <summary>One VNPAY payment attempt, in PayGov's units; <see cref="VnPayPaymentUrl.Build(string, VnPayPaymentRequest, string)"/> turns it into the signed URL.</summary>
/// <param name="TmnCode">Terminal code issued by VNPAY (8 alphanumerics).</param>
/// <param name="TxnRef">The attempt's merchant reference (<see cref="MerchantReference"/>).</param>
/// <param name="AmountDong">Amount in đồng, positive; sent as đồng × 100.</param>
/// <param name="OrderInfo">Description; diacritics and special characters are removed before sending (vnpay.md §2.1).</param>
/// <param name="ReturnUrl">Absolute URL of PayGov's return page, unreserved characters plus <c>: / ? = &amp; %</c>.</param>
/// <param name="IpAddress">The citizen's IP address (IPv4 or IPv6).</param>
/// <param name="CreatedAt">When the attempt was created; sent as GMT+7 <c>yyyyMMddHHmmss</c>.</param>
/// <param name="ExpiresAt">When the attempt expires (at most the intent's expiry); sent as GMT+7.</param>
/// <param name="Locale"><c>vn</c> or <c>en</c>.</param>
/// <param name="BankCode">Optional <c>vnp_BankCode</c> (<c>VNPAYQR</c>, <c>VNBANK</c>, <c>INTCARD</c>, a bank code); <see langword="null"/> lets the citizen choose.</param>
public sealed record VnPayPaymentRequest(
    string TmnCode,
    string TxnRef,
    long AmountDong,
    string OrderInfo,
    string ReturnUrl,
    string IpAddress,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string Locale = "vn",
    string? BankCode = null);
