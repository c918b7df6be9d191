using System.Text.Json.Serialization;
using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>The payer's account in a sandbox transfer; it becomes the notification's <c>counter_account</c>.</summary>
/// <param name="BankCode">The payer's bank BIN.</param>
/// <param name="Number">The payer's account number.</param>
/// <param name="Name">The payer's name as the bank writes it.</param>
public sealed record SandboxTransferAccount(
    [property: JsonPropertyName("bank_code")] string? BankCode,
    [property: JsonPropertyName("number")] string? Number,
    [property: JsonPropertyName("name")] string? Name)
{
    /// <summary>The payer when a request names none.</summary>
    public static SandboxTransferAccount Default { get; } = new("970422", "0123456789", "NGUYEN VAN A");

    internal BankCounterAccount ToCounterAccount() => new(BankCode, Number, Name);
}
