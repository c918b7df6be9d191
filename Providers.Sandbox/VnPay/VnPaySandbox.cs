using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PayGov.Providers.Sandbox.Settlements;
using PayGov.Providers.VnPay;

namespace PayGov.Providers.Sandbox.VnPay;

/// <summary>
/// VNPAY's side of version 2.1.0 (vnpay.md §8): checks the payment URL and the querydr/refund requests exactly as
/// vnpay.md §2.2, §6 and §7 say, keeps payments and refunds, and on pay or decline signs the result for the Return
/// URL and the IPN.
/// </summary>
internal sealed class VnPaySandbox(
    VnPaySandboxStore store,
    IOptions<VnPaySandboxOptions> configured,
    TimeProvider timeProvider,
    SandboxCallbackDispatcher dispatcher,
    SandboxFaultSwitchboard switchboard) : ISandboxPayer
{
    private const string Version = "2.1.0";

    private readonly VnPaySandboxOptions options = configured.Value;
    private readonly Lock openGate = new();

    public VnPaySandboxPayment? Find(string txnRef) => store.Payments.GetValueOrDefault(txnRef);

    public ProviderId Provider => ProviderId.VnPay;

    /// <summary>The day's settlement file (business day in GMT+7) under the current fault switches, with the day's payout advice.</summary>
    public SandboxSettlementFile SettlementFile(DateOnly day, SandboxPayout? advice) =>
        VnPaySettlementFile.Write(day, store.Payments.Values.ToList(), options, switchboard.For(Provider), advice, timeProvider.GetUtcNow());

    public SandboxPayout? PayoutOn(DateOnly day) => VnPaySettlementFile.PayoutOn(day, store.Payments.Values.ToList(), options, switchboard.For(Provider));

    /// <summary>
    /// Opens a payment URL as the citizen's browser does: signature first (<c>97</c>), then the fields (<c>03</c>,
    /// <c>02</c> for another terminal, <c>11</c> when already expired). The same URL opened twice shows the same payment.
    /// </summary>
    /// <returns>The payment, or the code the error page shows.</returns>
    public (VnPaySandboxPayment? Payment, string ErrorCode) Open(string queryString)
    {
        var map = QueryString.ToUniqueMap(QueryString.Parse(queryString));
        if (map is null || !VnPaySignature.Verify(map, [options.HashSecret]))
        {
            return (null, "97");
        }

        string[] required = ["vnp_Version", "vnp_Command", "vnp_TmnCode", "vnp_Amount", "vnp_CreateDate", "vnp_CurrCode", "vnp_IpAddr", "vnp_Locale", "vnp_OrderInfo", "vnp_OrderType", "vnp_ReturnUrl", "vnp_ExpireDate", "vnp_TxnRef"];
        if (required.Any(name => map.GetValueOrDefault(name, string.Empty).Length == 0)
            || map["vnp_Version"] != Version || map["vnp_Command"] != "pay" || map["vnp_CurrCode"] != "VND"
            || map["vnp_Locale"] is not ("vn" or "en") || map["vnp_TxnRef"].Length > 100 || map["vnp_OrderInfo"].Length > 255
            || !VnPayAmount.TryFromWire(map["vnp_Amount"], out var amount)
            || !TryParseTimestamp(map["vnp_CreateDate"], out _) || !TryParseTimestamp(map["vnp_ExpireDate"], out var expiresAt)
            || !Uri.TryCreate(map["vnp_ReturnUrl"], UriKind.Absolute, out _))
        {
            return (null, "03");
        }

        if (map["vnp_TmnCode"] != options.TmnCode)
        {
            return (null, "02");
        }

        if (timeProvider.GetUtcNow() > expiresAt)
        {
            return (null, "11");
        }

        var hashData = VnPaySignature.BuildHashData(map);
        lock (openGate)
        {
            if (store.Payments.TryGetValue(map["vnp_TxnRef"], out var existing))
            {
                // vnp_TxnRef names one payment: another payment under the same reference is a malformed request.
                return string.Equals(existing.HashData, hashData, StringComparison.Ordinal) ? (existing, string.Empty) : (null, "03");
            }

            var payment = new VnPaySandboxPayment
            {
                TxnRef = map["vnp_TxnRef"],
                Amount = amount,
                OrderInfo = map["vnp_OrderInfo"],
                ReturnUrl = map["vnp_ReturnUrl"],
                CreateDate = map["vnp_CreateDate"],
                ExpiresAt = expiresAt,
                RequestedBankCode = map.GetValueOrDefault("vnp_BankCode"),
                HashData = hashData,
            };
            store.Payments[payment.TxnRef] = payment;
            return (payment, string.Empty);
        }
    }

    /// <summary>What the hosted page's buttons do: record the citizen's choice, send the signed IPN, and give the signed Return URL.</summary>
    /// <returns>The Return URL with the signed result; <see langword="null"/> when the payment is not waiting.</returns>
    public string? Complete(VnPaySandboxPayment payment, bool paid)
    {
        var faults = switchboard.For(ProviderId.VnPay);
        var now = timeProvider.GetUtcNow();
        string query;
        lock (payment.Gate)
        {
            if (!payment.IsWaiting)
            {
                return null;
            }

            // 11: the page expired before the citizen finished; 24: the citizen cancelled (table 9.1).
            (payment.ResponseCode, payment.TransactionStatus) = now > payment.ExpiresAt ? ("11", "02") : paid ? ("00", "00") : ("24", "02");
            payment.TransactionNo = store.NextTransactionNo();
            (payment.BankCode, payment.CardType) = payment.RequestedBankCode switch
            {
                null or "VNBANK" => ("NCB", "ATM"),
                "INTCARD" => ("VISA", "VISA"),
                "VNPAYQR" => ("VNPAYQR", "QRCODE"),
                var bank => (bank, "ATM"),
            };
            payment.CompletedAt = now;
            query = SignedResult(payment, faults, now);
        }

        if (options.IpnUrl is { } ipnUrl)
        {
            dispatcher.Enqueue(
                SandboxCallback.Get(ProviderId.VnPay, new Uri(ipnUrl.AbsoluteUri + (ipnUrl.Query.Length > 0 ? "&" : "?") + query), options.IpnRetryDelays, IsConfirmed),
                faults);
        }

        return payment.ReturnUrl + (payment.ReturnUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
    }

    /// <summary>Answers a call to the API URL: the body's <c>vnp_Command</c> says querydr or refund.</summary>
    /// <param name="body">The request body, a JSON object of strings.</param>
    /// <returns>The signed answer.</returns>
    public Dictionary<string, string> Transaction(string body)
    {
        var request = ReadBody(body);
        return request?.GetValueOrDefault("vnp_Command") switch
        {
            "querydr" => Query(request),
            "refund" => Refund(request),
            _ => Signed(QueryAnswer(request ?? [], "03", null), VnPayApi.QueryDrResponseData),
        };
    }

    /// <summary>The command of an API body, as the fault switchboard counts it.</summary>
    public static string CommandOf(string body) => ReadBody(body)?.GetValueOrDefault("vnp_Command") is ("querydr" or "refund") and var command ? command : "transaction";

    private static Dictionary<string, string>? ReadBody(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                // VNPAY's API takes string values only (vnpay.md §6).
                if (property.Value.ValueKind != JsonValueKind.String || !map.TryAdd(property.Name, property.Value.GetString()!))
                {
                    return null;
                }
            }

            return map;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryParseTimestamp(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (text.Length != 14 || !DateTime.TryParseExact(text, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        instant = new DateTimeOffset(local, VietnamTime.Offset);
        return true;
    }

    // VNPAY stops on 00 (confirmed) and 02 (already confirmed) and repeats every other answer (vnpay.md §5.2).
    private static bool IsConfirmed(HttpStatusCode status, string body)
    {
        if (status != HttpStatusCode.OK)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("RspCode", out var code)
                && code.ValueKind == JsonValueKind.String
                && code.GetString() is "00" or "02";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Message(string code) => code switch
    {
        "00" => "Success",
        "02" => "Invalid terminal",
        "03" => "Invalid data format",
        "91" => "Transaction not found",
        "93" => "Invalid refund amount",
        "94" => "Duplicate request",
        "95" => "Transaction not successful at VNPAY, refund refused",
        "97" => "Invalid signature",
        _ => "Unknown error",
    };

    private Dictionary<string, string> Query(Dictionary<string, string> request)
    {
        var code = CheckRequest(request, ["vnp_RequestId", "vnp_Version", "vnp_Command", "vnp_TmnCode", "vnp_TxnRef", "vnp_TransactionDate", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo"], VnPayApi.QueryDrRequestData);
        var payment = code.Length == 0 ? FindNamed(request) : null;
        if (code.Length > 0 || payment is null)
        {
            return Signed(QueryAnswer(request, code.Length > 0 ? code : "91", null), VnPayApi.QueryDrResponseData);
        }

        lock (payment.Gate)
        {
            // An accepted refund is "processing" in its own answer and done from the next query on (vnpay.md §7).
            for (var i = 0; i < payment.Refunds.Count; i++)
            {
                payment.Refunds[i] = payment.Refunds[i] with { TransactionStatus = "00" };
            }

            return Signed(QueryAnswer(request, "00", payment), VnPayApi.QueryDrResponseData);
        }
    }

    private Dictionary<string, string> Refund(Dictionary<string, string> request)
    {
        var code = CheckRequest(request, ["vnp_RequestId", "vnp_Version", "vnp_Command", "vnp_TmnCode", "vnp_TransactionType", "vnp_TxnRef", "vnp_Amount", "vnp_TransactionDate", "vnp_CreateBy", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo"], VnPayApi.RefundRequestData);
        if (code.Length == 0 && (request["vnp_TransactionType"] is not ("02" or "03") || !VnPayAmount.TryFromWire(request["vnp_Amount"], out _)))
        {
            code = "03";
        }

        var payment = code.Length == 0 ? FindNamed(request) : null;
        if (code.Length > 0 || payment is null)
        {
            return Signed(RefundAnswer(request, code.Length > 0 ? code : "91", null, null), VnPayApi.RefundResponseData);
        }

        VnPayAmount.TryFromWire(request["vnp_Amount"], out var amount);
        var data = VnPayApi.RefundRequestData(request);
        lock (payment.Gate)
        {
            if (store.RefundRequests.TryGetValue(request["vnp_RequestId"], out var seen))
            {
                // The same refund sent again gets the same answer; another refund under the same id is refused.
                return string.Equals(seen.Data, data, StringComparison.Ordinal) ? seen.Answer : Signed(RefundAnswer(request, "94", payment, null), VnPayApi.RefundResponseData);
            }

            VnPaySandboxRefund? refund = null;
            if (!payment.IsPaid)
            {
                code = "95";
            }
            else if (amount > payment.Amount - payment.RefundedAmount || (request["vnp_TransactionType"] == "02" && amount != payment.Amount))
            {
                code = "93";
            }
            else
            {
                code = "00";
                refund = new VnPaySandboxRefund(request["vnp_RequestId"], request["vnp_TransactionType"], amount, store.NextTransactionNo(), timeProvider.GetUtcNow(), "05");
                payment.Refunds.Add(refund);
            }

            var answer = Signed(RefundAnswer(request, code, payment, refund), VnPayApi.RefundResponseData);
            store.RefundRequests[request["vnp_RequestId"]] = (data, answer);
            return answer;
        }
    }

    /// <summary>Checks fields (<c>03</c>), terminal (<c>02</c>) and the pipe signature (<c>97</c>); empty when all pass.</summary>
    private string CheckRequest(Dictionary<string, string> request, string[] required, Func<IReadOnlyDictionary<string, string>, string> signedData)
    {
        if (required.Any(name => request.GetValueOrDefault(name, string.Empty).Length == 0) || request["vnp_Version"] != Version)
        {
            return "03";
        }

        if (request["vnp_TmnCode"] != options.TmnCode)
        {
            return "02";
        }

        return HmacHex.Matches(request.GetValueOrDefault(VnPaySignature.SecureHashName), VnPaySignature.Sign(signedData(request), options.HashSecret)) ? string.Empty : "97";
    }

    /// <summary>The payment a request names by reference and creation date (and VNPAY number, when given); VNPAY keys payments by all of them.</summary>
    private VnPaySandboxPayment? FindNamed(Dictionary<string, string> request) =>
        store.Payments.TryGetValue(request["vnp_TxnRef"], out var payment)
        && payment.CreateDate == request["vnp_TransactionDate"]
        && (request.GetValueOrDefault("vnp_TransactionNo", string.Empty) is "" or "0" || request["vnp_TransactionNo"] == payment.TransactionNo)
            ? payment
            : null;

    private Dictionary<string, string> QueryAnswer(Dictionary<string, string> request, string code, VnPaySandboxPayment? payment)
    {
        var answer = Answer("querydr", code, request);
        if (payment is null)
        {
            return answer;
        }

        var latestRefund = payment.Refunds.LastOrDefault();
        answer["vnp_Amount"] = VnPayAmount.ToWire(payment.Amount);
        answer["vnp_OrderInfo"] = payment.OrderInfo;
        answer["vnp_TransactionType"] = latestRefund?.TransactionType ?? "01";
        answer["vnp_TransactionStatus"] = latestRefund?.TransactionStatus ?? payment.TransactionStatus;
        if (!payment.IsWaiting)
        {
            answer["vnp_BankCode"] = payment.BankCode;
            answer["vnp_CardType"] = payment.CardType;
            answer["vnp_PayDate"] = VietnamTime.VnPayTimestamp(payment.CompletedAt!.Value);
            answer["vnp_TransactionNo"] = payment.TransactionNo;
        }

        return answer;
    }

    private Dictionary<string, string> RefundAnswer(Dictionary<string, string> request, string code, VnPaySandboxPayment? payment, VnPaySandboxRefund? refund)
    {
        var answer = Answer("refund", code, request);
        answer["vnp_Amount"] = request.GetValueOrDefault("vnp_Amount", string.Empty);
        answer["vnp_OrderInfo"] = request.GetValueOrDefault("vnp_OrderInfo", string.Empty);
        answer["vnp_TransactionType"] = request.GetValueOrDefault("vnp_TransactionType", string.Empty);
        if (payment is not null)
        {
            answer["vnp_BankCode"] = payment.BankCode;
        }

        if (refund is not null)
        {
            answer["vnp_PayDate"] = VietnamTime.VnPayTimestamp(refund.CreatedAt);
            answer["vnp_TransactionNo"] = refund.TransactionNo;
            answer["vnp_TransactionStatus"] = refund.TransactionStatus;
        }

        return answer;
    }

    private Dictionary<string, string> Answer(string command, string code, Dictionary<string, string> request) => new(StringComparer.Ordinal)
    {
        ["vnp_ResponseId"] = Guid.CreateVersion7(timeProvider.GetUtcNow()).ToString("N"),
        ["vnp_Command"] = command,
        ["vnp_ResponseCode"] = code,
        ["vnp_Message"] = Message(code),
        ["vnp_TmnCode"] = options.TmnCode,
        ["vnp_TxnRef"] = request.GetValueOrDefault("vnp_TxnRef", string.Empty),
    };

    private Dictionary<string, string> Signed(Dictionary<string, string> answer, Func<IReadOnlyDictionary<string, string>, string> signedData)
    {
        // Absent and empty fields sign alike; leave the empty ones out of the body, as VNPAY does.
        foreach (var empty in answer.Where(p => p.Value.Length == 0).Select(p => p.Key).ToList())
        {
            answer.Remove(empty);
        }

        answer[VnPaySignature.SecureHashName] = VnPaySignature.Sign(signedData(answer), options.HashSecret);
        return answer;
    }

    /// <summary>The result fields of vnpay.md §5.1, signed per §2 with no empty value, as the Return URL's and the IPN's query string.</summary>
    private string SignedResult(VnPaySandboxPayment payment, SandboxFaults faults, DateTimeOffset now)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_TmnCode"] = options.TmnCode,
            ["vnp_Amount"] = VnPayAmount.ToWire(faults.WrongAmount ? payment.Amount + 1_000 : payment.Amount),
            ["vnp_BankCode"] = payment.BankCode,
            ["vnp_OrderInfo"] = payment.OrderInfo,
            ["vnp_PayDate"] = VietnamTime.VnPayTimestamp(now),
            ["vnp_ResponseCode"] = payment.ResponseCode,
            ["vnp_TransactionNo"] = payment.TransactionNo,
            ["vnp_TransactionStatus"] = payment.TransactionStatus,
            ["vnp_TxnRef"] = payment.TxnRef,
        };
        if (payment.IsPaid)
        {
            // The bank's number and the card type may be absent on failure (vnpay.md §5.1).
            fields["vnp_BankTranNo"] = "VNP" + payment.TransactionNo;
            fields["vnp_CardType"] = payment.CardType;
        }

        var hashData = VnPaySignature.BuildHashData(fields);
        return hashData + "&" + VnPaySignature.SecureHashName + "=" + faults.SignatureAsSent(VnPaySignature.Sign(hashData, options.HashSecret));
    }
}
