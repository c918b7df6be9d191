namespace PayGov.Providers.VnPay;

/// <summary>Verifies what VNPAY sends back on the Return URL and the IPN (vnpay.md §2.2, §4, §5).</summary>
public static class VnPayCallback
{
    /// <summary>Verifies a raw query string as received (not yet decoded).</summary>
    /// <param name="queryString">The query string, with or without the leading <c>?</c> or URL; each value is decoded exactly once here.</param>
    /// <param name="hashSecrets">Every active hash secret (more than one during a rotation).</param>
    /// <returns>The verdict and, when the signature is valid, the notification.</returns>
    public static VnPayCallbackVerification Verify(string queryString, IReadOnlyList<string> hashSecrets)
    {
        ArgumentNullException.ThrowIfNull(queryString);
        return Verify(QueryString.Parse(queryString), hashSecrets);
    }

    /// <summary>Verifies query parameters already decoded once (e.g. from ASP.NET Core's query collection).</summary>
    /// <param name="parameters">Decoded names and values; a repeated name fails verification.</param>
    /// <param name="hashSecrets">Every active hash secret (more than one during a rotation).</param>
    /// <returns>The verdict and, when the signature is valid, the notification.</returns>
    public static VnPayCallbackVerification Verify(IEnumerable<KeyValuePair<string, string>> parameters, IReadOnlyList<string> hashSecrets)
    {
        ArgumentNullException.ThrowIfNull(hashSecrets);
        var map = QueryString.ToUniqueMap(parameters);
        if (map is null || !VnPaySignature.Verify(map, hashSecrets))
        {
            return VnPayCallbackVerification.Invalid;
        }

        return new VnPayCallbackVerification(true, new VnPayNotification(
            Get(map, "vnp_TmnCode"),
            Get(map, "vnp_TxnRef"),
            VnPayAmount.TryFromWire(Get(map, "vnp_Amount"), out var amount) ? amount : null,
            Get(map, "vnp_ResponseCode"),
            Get(map, "vnp_TransactionStatus"),
            Get(map, "vnp_TransactionNo"),
            Get(map, "vnp_BankCode"),
            Get(map, "vnp_PayDate")));
    }

    private static string Get(Dictionary<string, string> map, string name) =>
        map.TryGetValue(name, out var value) ? value : string.Empty;
}
