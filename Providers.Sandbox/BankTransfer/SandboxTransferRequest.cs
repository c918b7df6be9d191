using System.Text.Json.Serialization;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>
/// Body of <c>POST {root}/bank/transfers</c>: what a citizen's banking app sends. With a scanned VietQR payload the
/// account, amount and remark come from it; <c>amount</c> and <c>remark</c> override them (a payer who types less,
/// more, or other words). Without one, both are required and the transfer goes to the collection account.
/// </summary>
/// <param name="QrPayload">The scanned VietQR payload, checked for CRC and TLV (vietqr.md §4).</param>
/// <param name="Amount">The amount in đồng, 1 to 499,999,999.</param>
/// <param name="Remark">The transfer content as typed; the bank prefixes its own tokens.</param>
/// <param name="FromAccount">The payer; <see cref="SandboxTransferAccount.Default"/> when absent.</param>
public sealed record SandboxTransferRequest(
    [property: JsonPropertyName("qr_payload")] string? QrPayload = null,
    [property: JsonPropertyName("amount")] long? Amount = null,
    [property: JsonPropertyName("remark")] string? Remark = null,
    [property: JsonPropertyName("from_account")] SandboxTransferAccount? FromAccount = null);
