using System.Globalization;
using System.Text;

namespace PayGov.Providers.MoMo;

/// <summary>
/// MoMo v2 signatures (momo.md §2): <c>name=value</c> pairs of exactly the listed fields, names in alphabetical
/// order, values raw (never URL-encoded), joined with <c>&amp;</c>; lower-case hex HMAC-SHA256 with the secret key.
/// </summary>
internal static class MoMoSignature
{
    /// <summary>Joins the pairs in the order given; callers list them alphabetically as momo.md §2 prescribes.</summary>
    public static string Raw(params ReadOnlySpan<(string Name, string Value)> fields)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(name).Append('=').Append(value);
        }

        return builder.ToString();
    }

    public static string CreateRaw(string accessKey, MoMoCreatePaymentRequest request) => Raw(
        ("accessKey", accessKey),
        ("amount", Number(request.Amount)),
        ("extraData", request.ExtraData),
        ("ipnUrl", request.IpnUrl),
        ("orderId", request.OrderId),
        ("orderInfo", request.OrderInfo),
        ("partnerCode", request.PartnerCode),
        ("redirectUrl", request.RedirectUrl),
        ("requestId", request.RequestId),
        ("requestType", request.RequestType));

    /// <summary>The IPN and redirect list; values are the strings as received (redirect) or the parsed numbers in plain decimal (IPN).</summary>
    public static string ResultRaw(string accessKey, IReadOnlyDictionary<string, string> fields) => Raw(
        ("accessKey", accessKey),
        ("amount", fields["amount"]),
        ("extraData", fields["extraData"]),
        ("message", fields["message"]),
        ("orderId", fields["orderId"]),
        ("orderInfo", fields["orderInfo"]),
        ("orderType", fields["orderType"]),
        ("partnerCode", fields["partnerCode"]),
        ("payType", fields["payType"]),
        ("requestId", fields["requestId"]),
        ("responseTime", fields["responseTime"]),
        ("resultCode", fields["resultCode"]),
        ("transId", fields["transId"]));

    public static string QueryRaw(string accessKey, MoMoQueryRequest request) => Raw(
        ("accessKey", accessKey),
        ("orderId", request.OrderId),
        ("partnerCode", request.PartnerCode),
        ("requestId", request.RequestId));

    public static string RefundRaw(string accessKey, MoMoRefundRequest request) => Raw(
        ("accessKey", accessKey),
        ("amount", Number(request.Amount)),
        ("description", request.Description),
        ("orderId", request.OrderId),
        ("partnerCode", request.PartnerCode),
        ("requestId", request.RequestId),
        ("transId", Number(request.TransId)));

    public static string Sign(string raw, string secretKey) => HmacHex.Sha256(secretKey, raw);

    public static bool Verify(string raw, string? received, IReadOnlyList<string> secretKeys) =>
        HmacHex.MatchesAny(received, secretKeys, secret => Sign(raw, secret));

    /// <summary>Integers as in the JSON body: plain decimal, invariant culture (momo.md §2 step 2).</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
