using System.Text.Json;

namespace PayGov.Providers.ZaloPay;

/// <summary>Verifies and decides ZaloPay's payment callback (zalopay.md §4).</summary>
public static class ZaloPayCallback
{
    /// <summary>
    /// Verifies a callback body: the mac is HMAC-SHA256 with key2 over the <c>data</c> string exactly as
    /// received (after unescaping the outer JSON), never over a re-serialisation; only then is <c>data</c> parsed.
    /// </summary>
    /// <param name="body">The request body as received.</param>
    /// <param name="key2s">Every active key2 (more than one during a rotation).</param>
    /// <returns>The verdict and, when valid, the data.</returns>
    public static ZaloPayCallbackVerification Verify(string body, IReadOnlyList<string> key2s)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(key2s);
        if (!TryReadOuter(body, out var data, out var mac))
        {
            return ZaloPayCallbackVerification.PayloadInvalid;
        }

        if (!ZaloPaySignature.Verify(data, mac, key2s))
        {
            return ZaloPayCallbackVerification.MacInvalid;
        }

        var parsed = ParseData(data);
        return parsed is null ? ZaloPayCallbackVerification.PayloadInvalid : new(ZaloPayCallbackVerdict.Valid, parsed);
    }

    /// <summary>Decides the answer per zalopay.md §4.</summary>
    /// <param name="verification">The result of <see cref="Verify"/>.</param>
    /// <param name="appId">PayGov's ZaloPay application id.</param>
    /// <param name="attempt">The attempt named by <c>app_trans_id</c>, or <see langword="null"/> when PayGov has none.</param>
    /// <returns>The answer and the outcome. When recording then fails, answer <see cref="ZaloPayCallbackAnswer.TemporaryFailure"/> instead.</returns>
    public static ZaloPayCallbackResult Decide(ZaloPayCallbackVerification verification, long appId, ZaloPayAttemptSnapshot? attempt)
    {
        ArgumentNullException.ThrowIfNull(verification);
        switch (verification.Verdict)
        {
            case ZaloPayCallbackVerdict.MacInvalid:
                return new(ZaloPayCallbackAnswer.MacNotEqual, ZaloPayCallbackOutcome.RejectedSignature);
            case ZaloPayCallbackVerdict.PayloadInvalid:
                return new(ZaloPayCallbackAnswer.InvalidData, ZaloPayCallbackOutcome.RejectedPayload);
            case ZaloPayCallbackVerdict.Valid:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(verification), verification.Verdict, "Undefined verdict.");
        }

        var data = verification.Data!;

        // Business rejections answer 1 after recording the exception: ZaloPay only calls back for successes, and a
        // retry would not change anything (zalopay.md §4, PayGov rule).
        if (attempt is null || data.AppId != appId || !string.Equals(data.AppTransId, attempt.AppTransId, StringComparison.Ordinal))
        {
            return new(ZaloPayCallbackAnswer.RecordedForReview, ZaloPayCallbackOutcome.UnknownOrder);
        }

        if (attempt.RecordedZpTransId == data.ZpTransId)
        {
            return new(ZaloPayCallbackAnswer.AlreadyProcessed, ZaloPayCallbackOutcome.Duplicate);
        }

        if (data.Amount != attempt.AmountDong)
        {
            return new(ZaloPayCallbackAnswer.RecordedForReview, ZaloPayCallbackOutcome.RejectedAmount);
        }

        if (!attempt.IsOpen)
        {
            return new(ZaloPayCallbackAnswer.RecordedForReview, ZaloPayCallbackOutcome.LatePayment);
        }

        return new(ZaloPayCallbackAnswer.Success, ZaloPayCallbackOutcome.Succeeded);
    }

    /// <summary>The <c>data</c> string value (JSON-unescaped) and the <c>mac</c>; only order callbacks (<c>type</c> 1 or absent) are read.</summary>
    internal static bool TryReadOuter(string body, out string data, out string? mac)
    {
        data = string.Empty;
        mac = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("data", out var dataElement)
                || dataElement.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            if (root.TryGetProperty("type", out var type) && !(type.ValueKind == JsonValueKind.Number && type.TryGetInt32(out var t) && t == 1))
            {
                return false;
            }

            data = dataElement.GetString()!;
            mac = root.TryGetProperty("mac", out var macElement) && macElement.ValueKind == JsonValueKind.String ? macElement.GetString() : null;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ZaloPayCallbackData? ParseData(string data)
    {
        try
        {
            using var document = JsonDocument.Parse(data);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && TryLong(root, "app_id", out var appId)
                && TryString(root, "app_trans_id", out var appTransId)
                && TryLong(root, "app_time", out var appTime)
                && TryString(root, "app_user", out var appUser)
                && TryLong(root, "amount", out var amount)
                && TryLong(root, "zp_trans_id", out var zpTransId)
                && TryLong(root, "server_time", out var serverTime))
            {
                var embedData = TryString(root, "embed_data", out var embed) ? embed : string.Empty;
                return new ZaloPayCallbackData(appId, appTransId, appTime, appUser, amount, zpTransId, serverTime, embedData);
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryLong(JsonElement root, string name, out long value)
    {
        value = 0;
        return root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out value);
    }

    private static bool TryString(JsonElement root, string name, out string value)
    {
        var found = root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String;
        value = found ? element.GetString()! : string.Empty;
        return found;
    }
}
