namespace PayGov.Providers.VnPay;

/// <summary>Signatures of the querydr and refund JSON calls and of their answers (vnpay.md §6–7).</summary>
internal static class VnPayApi
{
    private static readonly string[] QueryDrRequestOrder =
    [
        "vnp_RequestId", "vnp_Version", "vnp_Command", "vnp_TmnCode", "vnp_TxnRef", "vnp_TransactionDate",
        "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo",
    ];

    private static readonly string[] RefundRequestOrder =
    [
        "vnp_RequestId", "vnp_Version", "vnp_Command", "vnp_TmnCode", "vnp_TransactionType", "vnp_TxnRef",
        "vnp_Amount", "vnp_TransactionNo", "vnp_TransactionDate", "vnp_CreateBy", "vnp_CreateDate", "vnp_IpAddr",
        "vnp_OrderInfo",
    ];

    private static readonly string[] RefundResponseOrder =
    [
        "vnp_ResponseId", "vnp_Command", "vnp_ResponseCode", "vnp_Message", "vnp_TmnCode", "vnp_TxnRef",
        "vnp_Amount", "vnp_BankCode", "vnp_PayDate", "vnp_TransactionNo", "vnp_TransactionType",
        "vnp_TransactionStatus", "vnp_OrderInfo",
    ];

    // The querydr answer signs the refund answer's 13 fields plus the two promotion fields (§6).
    private static readonly string[] QueryDrResponseOrder = [.. RefundResponseOrder, "vnp_PromotionCode", "vnp_PromotionAmount"];

    /// <summary>The signed string of a querydr request; <c>vnp_TransactionNo</c> is sent but not signed.</summary>
    public static string QueryDrRequestData(IReadOnlyDictionary<string, string> fields) => VnPaySignature.PipeJoin(fields, QueryDrRequestOrder);

    /// <summary>The signed string of a refund request; an absent field would be an empty value (§7).</summary>
    public static string RefundRequestData(IReadOnlyDictionary<string, string> fields) => VnPaySignature.PipeJoin(fields, RefundRequestOrder);

    /// <summary>The signed string of a querydr answer, absent fields as empty values.</summary>
    public static string QueryDrResponseData(IReadOnlyDictionary<string, string> response) => VnPaySignature.PipeJoin(response, QueryDrResponseOrder);

    /// <summary>The signed string of a refund answer.</summary>
    public static string RefundResponseData(IReadOnlyDictionary<string, string> response) => VnPaySignature.PipeJoin(response, RefundResponseOrder);

    /// <summary>The request body with <c>vnp_SecureHash</c> added.</summary>
    public static Dictionary<string, string> SignQueryDr(IReadOnlyDictionary<string, string> fields, string hashSecret) =>
        WithHash(fields, VnPaySignature.Sign(QueryDrRequestData(fields), hashSecret));

    /// <summary>The request body with <c>vnp_SecureHash</c> added.</summary>
    public static Dictionary<string, string> SignRefund(IReadOnlyDictionary<string, string> fields, string hashSecret) =>
        WithHash(fields, VnPaySignature.Sign(RefundRequestData(fields), hashSecret));

    /// <summary>Reads a querydr answer; an answer whose signature fails is a failed call, never a status (§6).</summary>
    /// <exception cref="SignatureVerificationException">The signature did not verify.</exception>
    public static VnPayQueryStatus ReadQueryDrResponse(IReadOnlyDictionary<string, string> response, IReadOnlyList<string> hashSecrets)
    {
        var data = QueryDrResponseData(response);
        EnsureSigned(response, hashSecrets, data, ProviderApplied.No);
        return VnPayCodes.QueryStatus(Get(response, "vnp_ResponseCode"), Get(response, "vnp_TransactionStatus"));
    }

    /// <summary>Reads a refund answer; with a bad signature the refund may still have been accepted, so <c>Applied</c> is unknown.</summary>
    /// <exception cref="SignatureVerificationException">The signature did not verify.</exception>
    public static VnPayRefundStatus ReadRefundResponse(IReadOnlyDictionary<string, string> response, IReadOnlyList<string> hashSecrets)
    {
        var data = RefundResponseData(response);
        EnsureSigned(response, hashSecrets, data, ProviderApplied.Unknown);
        return VnPayCodes.RefundStatus(Get(response, "vnp_ResponseCode"), Get(response, "vnp_TransactionStatus"));
    }

    private static void EnsureSigned(IReadOnlyDictionary<string, string> response, IReadOnlyList<string> hashSecrets, string data, ProviderApplied applied)
    {
        var received = response.TryGetValue(VnPaySignature.SecureHashName, out var hash) ? hash : null;
        if (!HmacHex.MatchesAny(received, hashSecrets, secret => VnPaySignature.Sign(data, secret)))
        {
            throw new SignatureVerificationException(ProviderId.VnPay, applied, "VNPAY answer signature did not verify.", Get(response, "vnp_ResponseCode"));
        }
    }

    private static Dictionary<string, string> WithHash(IReadOnlyDictionary<string, string> fields, string hash) =>
        new(fields, StringComparer.Ordinal) { [VnPaySignature.SecureHashName] = hash };

    private static string Get(IReadOnlyDictionary<string, string> map, string name) =>
        map.TryGetValue(name, out var value) ? value : string.Empty;
}
