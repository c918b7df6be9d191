using System.Text.Json.Serialization;

namespace PayGov.Providers.Sandbox;

/// <summary>
/// The fault switches of one provider's sandbox (DESIGN §6), set with <c>POST /sandbox/admin/faults/{provider}</c>.
/// API faults hit create, query and refund; callback faults hit the IPN or callback sent after pay or decline;
/// settlement faults hit the daily settlement file.
/// </summary>
/// <param name="LatencyMs">Added before every API answer, in milliseconds.</param>
/// <param name="Timeout">The API call is processed (a create is stored) but never answered: the caller cannot know.</param>
/// <param name="Status5xx">The API call is answered 500 without being processed.</param>
/// <param name="DuplicateCallbacks">Every callback is sent twice.</param>
/// <param name="LateCallbackMs">Every callback waits this long (milliseconds) before its first delivery.</param>
/// <param name="WrongAmount">Callbacks report 1,000 đồng more than the order, correctly signed.</param>
/// <param name="BadSignature">Callbacks carry a signature that does not verify.</param>
/// <param name="NoCallbacks">No callback is sent at all: the merchant must ask the query API (vnpay.md §8 "no IPN at all").</param>
/// <param name="MissingSettlementLine">The day's settlement file leaves out the first settled payment of the day, its totals agreeing with what it lists.</param>
/// <param name="StaleTimestamp">Bank only: the first delivery of a notification is signed with a timestamp 10 minutes old (a sender's wrong clock).</param>
/// <param name="TamperedBody">Bank only: the notification's body is altered after signing (the amount grows by 1,000 đồng).</param>
public sealed record SandboxFaults(
    [property: JsonPropertyName("latency_ms")] int LatencyMs = 0,
    [property: JsonPropertyName("timeout")] bool Timeout = false,
    [property: JsonPropertyName("status_5xx")] bool Status5xx = false,
    [property: JsonPropertyName("duplicate_callbacks")] bool DuplicateCallbacks = false,
    [property: JsonPropertyName("late_callback_ms")] int LateCallbackMs = 0,
    [property: JsonPropertyName("wrong_amount")] bool WrongAmount = false,
    [property: JsonPropertyName("bad_signature")] bool BadSignature = false,
    [property: JsonPropertyName("no_callbacks")] bool NoCallbacks = false,
    [property: JsonPropertyName("missing_settlement_line")] bool MissingSettlementLine = false,
    [property: JsonPropertyName("stale_timestamp")] bool StaleTimestamp = false,
    [property: JsonPropertyName("tampered_body")] bool TamperedBody = false)
{
    /// <summary>No fault.</summary>
    public static SandboxFaults None { get; } = new();

    /// <summary>A callback's signature as sent: under <see cref="BadSignature"/> its last hex digit is flipped, so it keeps its shape but never verifies.</summary>
    internal string SignatureAsSent(string signature) =>
        BadSignature ? signature[..^1] + (signature[^1] == '0' ? '1' : '0') : signature;
}
