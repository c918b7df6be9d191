namespace PayGov.Reconciliation.Model;

/// <summary>One booked entry of a bank statement, normalised from MT940 or camt.053. Amount in đồng, never negative.</summary>
public sealed class BankStatementEntry
{
    public required EntryDirection Direction { get; init; }
    public required bool IsReversal { get; init; }
    public required long Amount { get; init; }
    public required DateOnly ValueDate { get; init; }
    public DateOnly? BookingDate { get; init; }
    public DateTimeOffset? BookingTime { get; init; }
    public required string BankReference { get; init; }
    public string CustomerReference { get; init; } = "";
    public string EndToEndId { get; init; } = "";
    public string Remark { get; init; } = "";
    public string SupplementaryDetails { get; init; } = "";
    public string CounterpartyName { get; init; } = "";
    public string CounterpartyAccount { get; init; } = "";
    public required int Position { get; init; }
    public required int FileLine { get; init; }
}
