using System.Globalization;
using System.Text.Json;

namespace PayGov.Providers.MoMo;

/// <summary>Verifies MoMo's IPN (JSON <c>POST</c>) and browser redirect (query string) per momo.md §2, §4, §5.</summary>
public static class MoMoCallback
{
    private static readonly string[] StringFields = ["partnerCode", "orderId", "requestId", "orderInfo", "orderType", "message", "payType", "extraData"];
    private static readonly string[] NumberFields = ["amount", "transId", "resultCode", "responseTime"];

    /// <summary>Verifies an IPN body. The raw signature is built from the parsed values, so JSON escaping and spacing do not matter.</summary>
    /// <param name="body">The request body as received (UTF-8 text).</param>
    /// <param name="accessKey">PayGov's access key; it is part of the signed string, never sent.</param>
    /// <param name="secretKeys">Every active secret key (more than one during a rotation).</param>
    /// <returns>The verdict and, when valid, the notification.</returns>
    public static MoMoCallbackVerification VerifyIpn(string body, string accessKey, IReadOnlyList<string> secretKeys)
    {
        ArgumentNullException.ThrowIfNull(body);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return MoMoCallbackVerification.PayloadInvalid;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return MoMoCallbackVerification.PayloadInvalid;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in StringFields)
            {
                if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
                {
                    return MoMoCallbackVerification.PayloadInvalid;
                }

                fields[name] = value.GetString()!;
            }

            foreach (var name in NumberFields)
            {
                // Integers only: a fraction or a quoted number is not MoMo's Long/Integer.
                if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
                {
                    return MoMoCallbackVerification.PayloadInvalid;
                }

                fields[name] = MoMoSignature.Number(number);
            }

            var signature = root.TryGetProperty("signature", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            return Verify(fields, signature, accessKey, secretKeys);
        }
    }

    /// <summary>Verifies the browser redirect. Each query value is decoded exactly once, so Base64 <c>+</c> sent as <c>%2B</c> survives.</summary>
    /// <param name="queryString">The raw query string (or the whole URL) as received.</param>
    /// <param name="accessKey">PayGov's access key.</param>
    /// <param name="secretKeys">Every active secret key.</param>
    /// <returns>The verdict and, when valid, the notification. Display only: a redirect never changes a payment.</returns>
    public static MoMoCallbackVerification VerifyRedirect(string queryString, string accessKey, IReadOnlyList<string> secretKeys)
    {
        ArgumentNullException.ThrowIfNull(queryString);
        var map = QueryString.ToUniqueMap(QueryString.Parse(queryString));
        if (map is null || StringFields.Concat(NumberFields).Any(name => !map.ContainsKey(name)))
        {
            return MoMoCallbackVerification.PayloadInvalid;
        }

        return Verify(map, map.GetValueOrDefault("signature"), accessKey, secretKeys);
    }

    private static MoMoCallbackVerification Verify(Dictionary<string, string> fields, string? signature, string accessKey, IReadOnlyList<string> secretKeys)
    {
        ArgumentNullException.ThrowIfNull(secretKeys);
        if (!MoMoSignature.Verify(MoMoSignature.ResultRaw(accessKey, fields), signature, secretKeys))
        {
            return MoMoCallbackVerification.SignatureInvalid;
        }

        if (!TryLong(fields["amount"], out var amount)
            || !TryLong(fields["transId"], out var transId)
            || !TryLong(fields["responseTime"], out var responseTime)
            || !int.TryParse(fields["resultCode"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var resultCode))
        {
            return MoMoCallbackVerification.PayloadInvalid;
        }

        return new(MoMoCallbackVerdict.Valid, new MoMoNotification(
            fields["partnerCode"],
            fields["orderId"],
            fields["requestId"],
            amount,
            fields["orderInfo"],
            fields["orderType"],
            transId,
            resultCode,
            fields["message"],
            fields["payType"],
            responseTime,
            fields["extraData"]));
    }

    private static bool TryLong(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
