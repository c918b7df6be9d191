using System.Text.Json.Serialization;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>A booked transfer, as <c>POST</c> and <c>GET {root}/bank/transfers</c> answer it, with the deliveries of its notifications so far.</summary>
/// <param name="TransactionId">The bank's id of the credit, also on the statement.</param>
/// <param name="BankReference">The interbank trace number.</param>
/// <param name="AccountNumber">The collection account credited.</param>
/// <param name="Amount">The amount booked, in đồng (what the statement shows).</param>
/// <param name="CreditTime">When the credit was booked.</param>
/// <param name="Description">The remark as the bank wrote it.</param>
/// <param name="Notifications">One list of deliveries per notification sent (two with the duplicate fault).</param>
public sealed record SandboxTransferResponse(
    [property: JsonPropertyName("transaction_id")] string TransactionId,
    [property: JsonPropertyName("bank_reference")] string BankReference,
    [property: JsonPropertyName("account_number")] string AccountNumber,
    [property: JsonPropertyName("amount")] long Amount,
    [property: JsonPropertyName("credit_time")] DateTimeOffset CreditTime,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("notifications")] IReadOnlyList<IReadOnlyList<SandboxTransferDelivery>> Notifications);
