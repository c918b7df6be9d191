using System.Text.Json;

namespace PayGov.Providers.VnPay;

/// <summary>
/// The body PayGov answers an IPN with: HTTP 200, <c>application/json</c>, <c>{"RspCode","Message"}</c>
/// (vnpay.md §5.2, §9.5). VNPAY reads only <c>RspCode</c>; the messages are PayGov's fixed texts.
/// </summary>
/// <param name="RspCode">The code VNPAY reads; it stops retrying on <c>00</c> and <c>02</c>.</param>
/// <param name="Message">PayGov's fixed text for the code.</param>
public sealed record VnPayIpnAnswer(string RspCode, string Message)
{
    /// <summary><c>00</c>: the result was recorded.</summary>
    public static VnPayIpnAnswer ConfirmSuccess { get; } = new("00", "Confirm Success");

    /// <summary><c>01</c>: no attempt with this <c>vnp_TxnRef</c> (or not our terminal).</summary>
    public static VnPayIpnAnswer OrderNotFound { get; } = new("01", "Order not found");

    /// <summary><c>02</c>: the attempt already has its result.</summary>
    public static VnPayIpnAnswer OrderAlreadyConfirmed { get; } = new("02", "Order already confirmed");

    /// <summary><c>04</c>: <c>vnp_Amount</c> is not the attempt's amount × 100.</summary>
    public static VnPayIpnAnswer InvalidAmount { get; } = new("04", "Invalid amount");

    /// <summary><c>97</c>: the signature failed; nothing was changed.</summary>
    public static VnPayIpnAnswer InvalidSignature { get; } = new("97", "Invalid signature");

    /// <summary><c>99</c>: an unexpected error while recording; VNPAY will retry.</summary>
    public static VnPayIpnAnswer UnknownError { get; } = new("99", "Unknown error");

    /// <summary>The exact JSON body, e.g. <c>{"RspCode":"00","Message":"Confirm Success"}</c>.</summary>
    /// <returns>The compact JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, string> { ["RspCode"] = RspCode, ["Message"] = Message });
}
