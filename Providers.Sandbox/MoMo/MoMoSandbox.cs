using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PayGov.Providers.MoMo;
using PayGov.Providers.Sandbox.Settlements;

namespace PayGov.Providers.Sandbox.MoMo;

/// <summary>
/// MoMo's side of the v2 API (momo.md §9): checks requests exactly as MoMo does, keeps orders, and on pay or
/// decline signs the result for the redirect and the IPN. Answers are MoMo's wire records.
/// </summary>
internal sealed partial class MoMoSandbox(
    MoMoSandboxStore store,
    IOptions<MoMoSandboxOptions> configured,
    TimeProvider timeProvider,
    SandboxCallbackDispatcher dispatcher,
    SandboxFaultSwitchboard switchboard) : ISandboxPayer
{
    private static readonly HashSet<string> RequestTypes = new(StringComparer.Ordinal) { "captureWallet", "payWithATM", "payWithCC", "payWithMethod" };

    private readonly MoMoSandboxOptions options = configured.Value;
    private readonly Lock createGate = new();

    public MoMoSandboxOrder? Find(string orderId) => store.Orders.GetValueOrDefault(orderId);

    public ProviderId Provider => ProviderId.MoMo;

    /// <summary>The day's settlement file (business day in GMT+7) under the current fault switches, with the day's payout advice.</summary>
    public SandboxSettlementFile SettlementFile(DateOnly day, SandboxPayout? advice) =>
        MoMoSettlementFile.Write(day, store.Orders.Values.ToList(), options, switchboard.For(Provider), advice);

    public SandboxPayout? PayoutOn(DateOnly day) => MoMoSettlementFile.PayoutOn(day, store.Orders.Values.ToList(), options, switchboard.For(Provider));

    public object Create(string body, Uri sandboxBase)
    {
        if (!TryParse(body, out var root)
            || !TryStrings(root, out var f, "partnerCode", "requestId", "orderId", "orderInfo", "redirectUrl", "ipnUrl", "requestType", "extraData")
            || !TryLong(root, "amount", out var amount))
        {
            return CreateAnswer(null, MoMoResultCodes.BadFormat, "vi");
        }

        var lang = Lang(root);
        var request = new MoMoCreatePaymentRequest(
            f["partnerCode"], null, null, f["requestId"], amount, f["orderId"], f["orderInfo"], f["redirectUrl"], f["ipnUrl"], f["requestType"], f["extraData"], lang, null);
        var raw = MoMoSignature.CreateRaw(options.AccessKey, request);
        if (!IsOurs(request.PartnerCode) || !MoMoSignature.Verify(raw, Signature(root), [options.SecretKey]))
        {
            return CreateAnswer(request, MoMoResultCodes.AuthenticationFailed, lang);
        }

        if (!OrderIdPattern().IsMatch(request.OrderId) || request.OrderId.Length > 200 || request.RequestId.Length is 0 or > 50
            || request.OrderInfo.Length is 0 or > 255 || !RequestTypes.Contains(request.RequestType) || !Uri.IsWellFormedUriString(request.IpnUrl, UriKind.Absolute))
        {
            return CreateAnswer(request, MoMoResultCodes.BadFormat, lang);
        }

        if (request.Amount < options.MinAmount || request.Amount > options.MaxAmount)
        {
            return CreateAnswer(request, MoMoResultCodes.InvalidAmount, lang);
        }

        lock (createGate)
        {
            if (store.Requests.TryGetValue(request.RequestId, out var seen))
            {
                // The same request again gets the same answer; another body under the same id is refused (momo.md §9).
                return string.Equals(seen.Raw, raw, StringComparison.Ordinal) ? seen.Answer : CreateAnswer(request, MoMoResultCodes.DuplicatedRequestId, lang);
            }

            if (store.Orders.ContainsKey(request.OrderId))
            {
                return CreateAnswer(request, MoMoResultCodes.DuplicatedOrderId, lang);
            }

            store.Orders[request.OrderId] = new MoMoSandboxOrder
            {
                PartnerCode = request.PartnerCode,
                OrderId = request.OrderId,
                RequestId = request.RequestId,
                Amount = request.Amount,
                OrderInfo = request.OrderInfo,
                RedirectUrl = request.RedirectUrl,
                IpnUrl = request.IpnUrl,
                ExtraData = request.ExtraData,
                Lang = lang,
            };
            var payUrl = new Uri(sandboxBase, "pay/" + Uri.EscapeDataString(request.OrderId)).AbsoluteUri;
            var answer = CreateAnswer(request, MoMoResultCodes.Success, lang) with
            {
                PayUrl = payUrl,
                Deeplink = "momo://app?action=payWithApp&orderId=" + Uri.EscapeDataString(request.OrderId),
                QrCodeUrl = payUrl,
            };
            store.Requests[request.RequestId] = (raw, answer);
            return answer;
        }
    }

    public MoMoQueryResponse Query(string body)
    {
        if (!TryParse(body, out var root) || !TryStrings(root, out var f, "partnerCode", "requestId", "orderId"))
        {
            return QueryAnswer(null, null, MoMoResultCodes.BadFormat, "vi");
        }

        var lang = Lang(root);
        var request = new MoMoQueryRequest(f["partnerCode"], f["requestId"], f["orderId"], lang);
        if (!IsOurs(request.PartnerCode) || !MoMoSignature.Verify(MoMoSignature.QueryRaw(options.AccessKey, request), Signature(root), [options.SecretKey]))
        {
            return QueryAnswer(request, null, MoMoResultCodes.AuthenticationFailed, lang);
        }

        if (!store.Orders.TryGetValue(request.OrderId, out var order))
        {
            return QueryAnswer(request, null, MoMoResultCodes.OrderNotFound, lang);
        }

        lock (order.Gate)
        {
            return QueryAnswer(request, order, order.ResultCode, lang);
        }
    }

    public MoMoRefundResponse Refund(string body)
    {
        if (!TryParse(body, out var root)
            || !TryStrings(root, out var f, "partnerCode", "orderId", "requestId", "description")
            || !TryLong(root, "amount", out var amount)
            || !TryLong(root, "transId", out var transId))
        {
            return RefundAnswer(null, MoMoResultCodes.BadFormat, 0, "vi");
        }

        var lang = Lang(root);
        var request = new MoMoRefundRequest(f["partnerCode"], f["orderId"], f["requestId"], amount, transId, lang, f["description"]);
        var raw = MoMoSignature.RefundRaw(options.AccessKey, request);
        if (!IsOurs(request.PartnerCode) || !MoMoSignature.Verify(raw, Signature(root), [options.SecretKey]))
        {
            return RefundAnswer(request, MoMoResultCodes.AuthenticationFailed, 0, lang);
        }

        if (!store.OrdersByTransId.TryGetValue(request.TransId, out var payment))
        {
            return RefundAnswer(request, MoMoResultCodes.OrderNotFound, 0, lang);
        }

        lock (payment.Gate)
        {
            if (store.Requests.TryGetValue(request.RequestId, out var seen))
            {
                return string.Equals(seen.Raw, raw, StringComparison.Ordinal) ? (MoMoRefundResponse)seen.Answer : RefundAnswer(request, MoMoResultCodes.DuplicatedRequestId, 0, lang);
            }

            MoMoRefundResponse answer;
            if (string.Equals(request.OrderId, payment.OrderId, StringComparison.Ordinal) || store.Orders.ContainsKey(request.OrderId))
            {
                answer = RefundAnswer(request, MoMoResultCodes.DuplicatedOrderId, 0, lang);
            }
            else if (payment.ResultCode != MoMoResultCodes.Success)
            {
                answer = RefundAnswer(request, MoMoResultCodes.RefundFailed, 0, lang);
            }
            else if (request.Amount < options.MinRefundAmount)
            {
                answer = RefundAnswer(request, MoMoResultCodes.InvalidAmount, 0, lang);
            }
            else if (request.Amount > payment.Amount - payment.RefundedAmount)
            {
                answer = RefundAnswer(request, MoMoResultCodes.RefundRejected, 0, lang);
            }
            else
            {
                var refundTransId = store.NextTransId();
                payment.Refunds.Add(new MoMoSandboxRefund(request.OrderId, request.Amount, MoMoResultCodes.Success, refundTransId, Now()));
                answer = RefundAnswer(request, MoMoResultCodes.Success, refundTransId, lang);
            }

            store.Requests[request.RequestId] = (raw, answer);
            return answer;
        }
    }

    /// <summary>What the hosted page's buttons do: record the payer's choice, send the signed IPN, and give the signed redirect.</summary>
    /// <returns>The merchant's redirect URL with the signed result, empty when the merchant gave none; <see langword="null"/> when the order is not waiting.</returns>
    public string? Complete(MoMoSandboxOrder order, bool paid)
    {
        var faults = switchboard.For(ProviderId.MoMo);
        MoMoSandboxResult result;
        lock (order.Gate)
        {
            if (order.ResultCode != MoMoResultCodes.Waiting)
            {
                return null;
            }

            order.ResultCode = paid ? MoMoResultCodes.Success : MoMoResultCodes.UserDeclined;
            order.TransId = store.NextTransId();
            order.PayType = "qr";
            order.CompletedAt = timeProvider.GetUtcNow();
            store.OrdersByTransId[order.TransId] = order;
            result = SignedResult(order, faults);
        }

        var ipn = SandboxCallback.PostJson(
            ProviderId.MoMo,
            new Uri(order.IpnUrl),
            JsonSerializer.Serialize(result, MoMoJson.Options),
            options.IpnRetryDelays,
            (status, _) => status == System.Net.HttpStatusCode.NoContent);
        dispatcher.Enqueue(ipn, faults);

        if (order.RedirectUrl.Length == 0)
        {
            return string.Empty;
        }

        // Percent-encode every value, so Base64's '+' in extraData arrives as %2B, never as a space (momo.md §4).
        var query = string.Join('&', result.ToQueryFields().Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        return order.RedirectUrl + (order.RedirectUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
    }

    [GeneratedRegex("^[0-9a-zA-Z]([-_.]*[0-9a-zA-Z]+)*$")]
    private static partial Regex OrderIdPattern();

    private static bool TryParse(string body, out JsonElement root)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }

    private static bool TryStrings(JsonElement root, out Dictionary<string, string> fields, params string[] names)
    {
        fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            fields[name] = value.GetString()!;
        }

        return true;
    }

    // MoMo's Long is a JSON integer: a quoted number or a fraction is a bad request.
    private static bool TryLong(JsonElement root, string name, out long value)
    {
        value = 0;
        return root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out value);
    }

    private static string? Signature(JsonElement root) =>
        root.TryGetProperty("signature", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;

    private static string Lang(JsonElement root) =>
        root.TryGetProperty("lang", out var l) && l.ValueKind == JsonValueKind.String && l.GetString() == "en" ? "en" : "vi";

    private bool IsOurs(string partnerCode) => string.Equals(partnerCode, options.PartnerCode, StringComparison.Ordinal);

    private long Now() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private MoMoCreatePaymentResponse CreateAnswer(MoMoCreatePaymentRequest? request, int resultCode, string lang) => new(
        request?.PartnerCode, request?.OrderId, request?.RequestId, request?.Amount, Now(), MoMoSandboxMessages.For(resultCode, lang), resultCode, null, null, null);

    private MoMoQueryResponse QueryAnswer(MoMoQueryRequest? request, MoMoSandboxOrder? order, int resultCode, string lang) => new(
        request?.PartnerCode,
        request?.RequestId,
        request?.OrderId,
        order?.ExtraData,
        order?.Amount,
        order?.TransId,
        order?.PayType,
        resultCode,
        MoMoSandboxMessages.For(resultCode, lang),
        Now(),
        order?.Refunds.Select(r => new MoMoQueryResponse.RefundTransaction(r.OrderId, r.Amount, r.ResultCode, r.TransId, r.CreatedTime)).ToList());

    private MoMoRefundResponse RefundAnswer(MoMoRefundRequest? request, int resultCode, long refundTransId, string lang) => new(
        request?.PartnerCode, request?.OrderId, request?.RequestId, request?.Amount, refundTransId, resultCode, MoMoSandboxMessages.For(resultCode, lang), Now());

    private MoMoSandboxResult SignedResult(MoMoSandboxOrder order, SandboxFaults faults)
    {
        var amount = faults.WrongAmount ? order.Amount + 1_000 : order.Amount;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partnerCode"] = order.PartnerCode,
            ["orderId"] = order.OrderId,
            ["requestId"] = order.RequestId,
            ["amount"] = MoMoSignature.Number(amount),
            ["orderInfo"] = order.OrderInfo,
            ["orderType"] = "momo_wallet",
            ["transId"] = MoMoSignature.Number(order.TransId),
            ["resultCode"] = MoMoSignature.Number(order.ResultCode),
            ["message"] = MoMoSandboxMessages.For(order.ResultCode, order.Lang),
            ["payType"] = order.PayType,
            ["responseTime"] = MoMoSignature.Number(order.CompletedAt!.Value.ToUnixTimeMilliseconds()),
            ["extraData"] = order.ExtraData,
        };
        var signature = faults.SignatureAsSent(MoMoSignature.Sign(MoMoSignature.ResultRaw(options.AccessKey, fields), options.SecretKey));

        return new MoMoSandboxResult(
            order.PartnerCode,
            order.OrderId,
            order.RequestId,
            amount,
            order.OrderInfo,
            fields["orderType"],
            order.TransId,
            order.ResultCode,
            fields["message"],
            order.PayType,
            long.Parse(fields["responseTime"], System.Globalization.CultureInfo.InvariantCulture),
            order.ExtraData,
            signature);
    }
}
