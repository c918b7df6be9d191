namespace PayGov.Providers.BankTransfer;

/// <summary>The payer's account as the bank reports it; personal data, needed for refunds, never logged in clear.</summary>
/// <param name="BankCode">Payer's bank BIN, if known.</param>
/// <param name="Number">Payer's account number, if known.</param>
/// <param name="Name">Payer's name as the bank gives it, if known.</param>
public sealed record BankCounterAccount(string? BankCode, string? Number, string? Name)
{
    /// <summary>A masked form safe for logs: the bank code only.</summary>
    /// <returns>E.g. <c>BankCounterAccount { BankCode = 970422, Number = ***, Name = *** }</c>.</returns>
    public override string ToString() => $"BankCounterAccount {{ BankCode = {BankCode}, Number = ***, Name = *** }}";
}
