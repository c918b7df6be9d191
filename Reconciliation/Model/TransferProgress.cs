namespace PayGov.Reconciliation.Model;

/// <summary>The credits a bank-transfer attempt has received, accumulated in booking order across days (README 7.2).</summary>
internal sealed class TransferProgress
{
    public long CreditTotal { get; set; }
    public DateOnly LastCreditDay { get; set; }
    public long CreditsToday { get; set; }
    public string? LastCreditReference { get; set; }
    public string? LastCreditAccount { get; set; }
    public ExceptionRecord? OpenUnderpaid { get; set; }
}
