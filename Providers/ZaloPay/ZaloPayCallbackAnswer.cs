using System.Text.Json;

namespace PayGov.Providers.ZaloPay;

/// <summary>The body of the answer to a ZaloPay callback: HTTP 200, <c>{"return_code","return_message"}</c> (zalopay.md §4).</summary>
/// <param name="ReturnCode"><c>1</c> stop, <c>2</c> duplicate (stop), <c>-1</c> mac invalid, <c>0</c> temporary failure (ZaloPay calls back again).</param>
/// <param name="ReturnMessage">PayGov's fixed text.</param>
public sealed record ZaloPayCallbackAnswer(int ReturnCode, string ReturnMessage)
{
    /// <summary>Recorded as paid.</summary>
    public static ZaloPayCallbackAnswer Success { get; } = new(1, "success");

    /// <summary>Already recorded with the same <c>zp_trans_id</c>.</summary>
    public static ZaloPayCallbackAnswer AlreadyProcessed { get; } = new(2, "already processed");

    /// <summary>Recorded with an exception (amount mismatch, late or double payment): a retry would change nothing.</summary>
    public static ZaloPayCallbackAnswer RecordedForReview { get; } = new(1, "recorded for review");

    /// <summary>Mac missing or wrong: nothing changed.</summary>
    public static ZaloPayCallbackAnswer MacNotEqual { get; } = new(-1, "mac not equal");

    /// <summary>Not a callback PayGov can read: nothing changed.</summary>
    public static ZaloPayCallbackAnswer InvalidData { get; } = new(-1, "invalid data");

    /// <summary>A temporary failure while recording; ZaloPay calls back again (up to 3 times).</summary>
    /// <param name="reason">A short reason without personal data.</param>
    /// <returns>The answer with <c>return_code</c> 0.</returns>
    public static ZaloPayCallbackAnswer TemporaryFailure(string reason) => new(0, reason);

    /// <summary>The exact JSON body, e.g. <c>{"return_code":1,"return_message":"success"}</c>.</summary>
    /// <returns>The compact JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ZaloPayJson.Options);
}
