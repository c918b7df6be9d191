using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PayGov.Providers.Sandbox.Settlements;
using PayGov.Providers.ZaloPay;

namespace PayGov.Providers.Sandbox.ZaloPay;

/// <summary>
/// ZaloPay's side of the v2 API (zalopay.md §9): checks key1 macs, dates and amounts as ZaloPay does, keeps
/// orders and refunds, and on pay sends the key2-signed callback and gives the key2-checksummed redirect.
/// </summary>
internal sealed class ZaloPaySandbox(
    ZaloPaySandboxStore store,
    IOptions<ZaloPaySandboxOptions> configured,
    TimeProvider timeProvider,
    SandboxCallbackDispatcher dispatcher,
    SandboxFaultSwitchboard switchboard) : ISandboxPayer
{
    private const int InvalidData = -401;
    private const int Unauthenticated = -402;
    private const int InvalidMac = -403;
    private const int DuplicateAppTransId = -68;
    private const int UserCancelled = -329;
    private static readonly TimeSpan AppTimeWindow = TimeSpan.FromMinutes(15);

    private readonly ZaloPaySandboxOptions options = configured.Value;
    private readonly Lock createGate = new();

    public ZaloPaySandboxOrder? Find(string appTransId) => store.Orders.GetValueOrDefault(appTransId);

    public ProviderId Provider => ProviderId.ZaloPay;

    /// <summary>The day's settlement file (business day in GMT+7) under the current fault switches, with the day's payout advice.</summary>
    public SandboxSettlementFile SettlementFile(DateOnly day, SandboxPayout? advice) =>
        ZaloPaySettlementFile.Write(day, store.Orders.Values.ToList(), options, switchboard.For(Provider), advice, timeProvider.GetUtcNow());

    public SandboxPayout? PayoutOn(DateOnly day) => ZaloPaySettlementFile.PayoutOn(day, store.Orders.Values.ToList(), options, switchboard.For(Provider));

    public ZaloPayResponse Create(IFormCollection form, Uri sandboxBase)
    {
        if (!TryStrings(form, out var f, "app_id", "app_user", "app_trans_id", "app_time", "amount", "item", "embed_data", "description", "mac")
            || !TryLong(f["app_id"], out var appId) || !TryLong(f["app_time"], out var appTime) || !TryLong(f["amount"], out var amount))
        {
            return Answer(2, InvalidData);
        }

        var order = new ZaloPayCreateOrderRequest(appId, f["app_user"], f["app_trans_id"], appTime, amount, f["item"], f["embed_data"], f["description"], null, null, null);
        if (appId != options.AppId || !ZaloPaySignature.Verify(ZaloPaySignature.CreateMacInput(order), f["mac"], [options.Key1]))
        {
            return Answer(2, Unauthenticated);
        }

        var now = timeProvider.GetUtcNow();
        var redirectUrl = RedirectUrlOf(order.EmbedData);
        if (order.AppTransId.Length > 40 || !order.AppTransId.StartsWith(VietnamTime.DatePrefix(now) + "_", StringComparison.Ordinal)
            || (now - DateTimeOffset.FromUnixTimeMilliseconds(order.AppTime)).Duration() > AppTimeWindow
            || order.Amount < options.MinAmount || order.Amount > options.MaxAmount
            || order.AppUser.Length is 0 or > 50 || redirectUrl is null || !IsJsonArray(order.Item))
        {
            return Answer(2, InvalidData);
        }

        lock (createGate)
        {
            if (store.Orders.ContainsKey(order.AppTransId))
            {
                return Answer(2, DuplicateAppTransId);
            }

            store.Orders[order.AppTransId] = new ZaloPaySandboxOrder
            {
                AppId = appId,
                AppTransId = order.AppTransId,
                AppUser = order.AppUser,
                AppTime = order.AppTime,
                Amount = order.Amount,
                EmbedData = order.EmbedData,
                Item = order.Item,
                Description = order.Description,
                CallbackUrl = form.TryGetValue("callback_url", out var callback) && Uri.IsWellFormedUriString(callback.ToString(), UriKind.Absolute) ? callback.ToString() : null,
                RedirectUrl = redirectUrl.Length == 0 ? null : redirectUrl,
            };
        }

        return Answer(1, 1) with
        {
            OrderUrl = new Uri(sandboxBase, "pay/" + Uri.EscapeDataString(order.AppTransId)).AbsoluteUri,
            ZpTransToken = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)),
        };
    }

    public ZaloPayResponse Query(IFormCollection form)
    {
        if (!TryStrings(form, out var f, "app_id", "app_trans_id", "mac") || !TryLong(f["app_id"], out var appId))
        {
            return Answer(InvalidData, InvalidData);
        }

        if (appId != options.AppId || !ZaloPaySignature.Verify(ZaloPaySignature.QueryMacInput(appId, f["app_trans_id"], options.Key1), f["mac"], [options.Key1]))
        {
            return Answer(InvalidMac, InvalidMac);
        }

        if (!store.Orders.TryGetValue(f["app_trans_id"], out var order))
        {
            // An order ZaloPay never saw was never paid: a failure, with the invalid-data detail.
            return Answer(2, InvalidData);
        }

        lock (order.Gate)
        {
            return order.ReturnCode switch
            {
                1 => Answer(1, 1) with { IsProcessing = false, Amount = order.Amount, DiscountAmount = 0, ZpTransId = order.ZpTransId },
                2 => Answer(2, UserCancelled) with { IsProcessing = false, Amount = order.Amount, ZpTransId = 0 },
                _ => Answer(3, 3) with { IsProcessing = false, Amount = order.Amount, ZpTransId = 0 },
            };
        }
    }

    public ZaloPayResponse Refund(IFormCollection form)
    {
        if (!TryStrings(form, out var f, "app_id", "m_refund_id", "zp_trans_id", "amount", "timestamp", "description", "mac")
            || !TryLong(f["app_id"], out var appId) || !TryLong(f["amount"], out var amount) || !TryLong(f["timestamp"], out var timestamp))
        {
            return Answer(InvalidData, InvalidData);
        }

        var request = new ZaloPayRefundRequest(appId, f["m_refund_id"], f["zp_trans_id"], amount, timestamp, f["description"]);
        var macInput = ZaloPaySignature.RefundMacInput(request);
        if (appId != options.AppId || !ZaloPaySignature.Verify(macInput, f["mac"], [options.Key1]))
        {
            return Answer(InvalidMac, InvalidMac);
        }

        var now = timeProvider.GetUtcNow();
        if (!request.MRefundId.StartsWith(VietnamTime.DatePrefix(now) + "_" + ZaloPaySignature.Number(appId) + "_", StringComparison.Ordinal)
            || !TryLong(request.ZpTransId, out var zpTransId) || !store.OrdersByZpTransId.TryGetValue(zpTransId, out var order))
        {
            return Answer(2, InvalidData);
        }

        lock (order.Gate)
        {
            if (store.Refunds.TryGetValue(request.MRefundId, out var seen))
            {
                // The same refund again is answered with its state; another refund under the same id is refused.
                return string.Equals(seen.MacInput, macInput, StringComparison.Ordinal) ? Answer(seen.ReturnCode, seen.ReturnCode) with { RefundId = seen.RefundId } : Answer(2, InvalidData);
            }

            if (order.ReturnCode != 1 || amount <= 0 || amount > order.Amount - order.RefundedOrPending)
            {
                return Answer(2, InvalidData);
            }

            var refund = new ZaloPaySandboxRefund
            {
                MRefundId = request.MRefundId,
                Amount = amount,
                RefundId = store.NextId(),
                MacInput = macInput,
                ReturnCode = options.RefundsPendingFirst ? 3 : 1,
                SettledAt = options.RefundsPendingFirst ? null : now,
            };
            order.Refunds.Add(refund);
            store.Refunds[refund.MRefundId] = refund;
            return Answer(refund.ReturnCode, refund.ReturnCode) with { RefundId = refund.RefundId };
        }
    }

    public ZaloPayResponse QueryRefund(IFormCollection form)
    {
        if (!TryStrings(form, out var f, "app_id", "m_refund_id", "timestamp", "mac") || !TryLong(f["app_id"], out var appId) || !TryLong(f["timestamp"], out var timestamp))
        {
            return Answer(InvalidData, InvalidData);
        }

        if (appId != options.AppId || !ZaloPaySignature.Verify(ZaloPaySignature.QueryRefundMacInput(appId, f["m_refund_id"], timestamp), f["mac"], [options.Key1]))
        {
            return Answer(InvalidMac, InvalidMac);
        }

        if (!store.Refunds.TryGetValue(f["m_refund_id"], out var refund))
        {
            return Answer(2, InvalidData);
        }

        lock (refund.Gate)
        {
            // A processing refund settles when it is first asked about: "answered 3 first and settled later" (zalopay.md §9).
            if (refund.ReturnCode == 3)
            {
                refund.ReturnCode = 1;
                refund.SettledAt = timeProvider.GetUtcNow();
            }

            return Answer(refund.ReturnCode, refund.ReturnCode) with { RefundId = refund.RefundId };
        }
    }

    /// <summary>What the hosted page's buttons do. ZaloPay calls back only for a payment (zalopay.md §4); both outcomes redirect.</summary>
    /// <returns>The redirect URL with the checksummed result, empty when the merchant gave none; <see langword="null"/> when the order is not waiting.</returns>
    public string? Complete(ZaloPaySandboxOrder order, bool paid)
    {
        var faults = switchboard.For(ProviderId.ZaloPay);
        long reportedAmount;
        lock (order.Gate)
        {
            if (order.ReturnCode != 3)
            {
                return null;
            }

            order.ReturnCode = paid ? 1 : 2;
            if (paid)
            {
                order.ZpTransId = store.NextId();
                order.ServerTime = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
                store.OrdersByZpTransId[order.ZpTransId] = order;
            }

            reportedAmount = faults.WrongAmount ? order.Amount + 1_000 : order.Amount;
        }

        if (paid && order.CallbackUrl is not null)
        {
            var data = JsonSerializer.Serialize(
                new ZaloPaySandboxCallbackData(order.AppId, order.AppTransId, order.AppTime, order.AppUser, reportedAmount, order.EmbedData, order.Item, order.ZpTransId, order.ServerTime, 38, string.Empty, 0, 0),
                ZaloPayJson.Options);
            var mac = faults.SignatureAsSent(ZaloPaySignature.Sign(data, options.Key2));
            var callback = SandboxCallback.PostJson(
                ProviderId.ZaloPay,
                new Uri(order.CallbackUrl),
                JsonSerializer.Serialize(new ZaloPaySandboxCallback(data, mac, 1), ZaloPayJson.Options),
                options.CallbackRetryDelays,
                (status, body) => status == System.Net.HttpStatusCode.OK && ReturnCodeOf(body) is 1 or 2);
            dispatcher.Enqueue(callback, faults);
        }

        if (order.RedirectUrl is null)
        {
            return string.Empty;
        }

        var query = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["appid"] = ZaloPaySignature.Number(order.AppId),
            ["apptransid"] = order.AppTransId,
            ["pmcid"] = "38",
            ["bankcode"] = string.Empty,
            ["amount"] = ZaloPaySignature.Number(reportedAmount),
            ["discountamount"] = "0",
            ["status"] = paid ? "1" : "2",
        };
        query["checksum"] = faults.SignatureAsSent(ZaloPaySignature.Sign(ZaloPaySignature.RedirectChecksumInput(query), options.Key2));
        var text = string.Join('&', query.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        return order.RedirectUrl + (order.RedirectUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + text;
    }

    private static int? ReturnCodeOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("return_code", out var code) && code.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? RedirectUrlOf(string embedData)
    {
        try
        {
            using var document = JsonDocument.Parse(embedData);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return document.RootElement.TryGetProperty("redirecturl", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : string.Empty;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsJsonArray(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryStrings(IFormCollection form, out Dictionary<string, string> fields, params string[] names)
    {
        fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!form.TryGetValue(name, out var values) || values.Count != 1)
            {
                return false;
            }

            fields[name] = values[0]!;
        }

        return true;
    }

    // ZaloPay's long: plain decimal digits, no sign, no fraction.
    private static bool TryLong(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static ZaloPayResponse Answer(int returnCode, int subReturnCode) => new(
        returnCode,
        returnCode switch { 1 => "Giao dịch thành công", 3 => "Giao dịch đang xử lý", _ => "Giao dịch thất bại" },
        subReturnCode,
        subReturnCode switch
        {
            1 => "Giao dịch thành công",
            3 => "Giao dịch đang xử lý",
            InvalidData => "Dữ liệu không hợp lệ",
            Unauthenticated => "Ứng dụng không hợp lệ",
            InvalidMac => "Chữ ký không hợp lệ",
            DuplicateAppTransId => "Mã giao dịch đã tồn tại",
            UserCancelled => "Người dùng đã hủy giao dịch",
            _ => "Giao dịch thất bại",
        });
}
