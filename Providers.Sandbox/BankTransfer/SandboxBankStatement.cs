namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>One business day's statement of the collection account; written as MT940 or camt.053.001.08.</summary>
/// <param name="AccountNumber">The account.</param>
/// <param name="Day">The business day (GMT+7).</param>
/// <param name="Opening">The balance at the start of the day, in đồng.</param>
/// <param name="Entries">The day's entries in booking order.</param>
public sealed record SandboxBankStatement(string AccountNumber, DateOnly Day, long Opening, IReadOnlyList<SandboxBankEntry> Entries)
{
    /// <summary>The balance at the end of the day, in đồng.</summary>
    public long Closing => Opening + Entries.Sum(e => e.SignedAmount);

    /// <summary>The statement number: the day of the year, as banks count (the 14th of March is 73).</summary>
    public int Number => Day.DayOfYear;
}
