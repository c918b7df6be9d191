namespace PayGov.Reconciliation.Model;

/// <summary>
/// One gateway record (a payment attempt or a refund) as the ledger export gives it, normalised. Amounts in đồng.
/// The matching state is internal: the engine owns it, the gateway persists only the public columns.
/// </summary>
public sealed class LedgerRecord
{
    public required string RecordId { get; init; }
    public required RecordKind Kind { get; init; }
    public required string IntentId { get; init; }
    public required string PortalId { get; init; }
    public required PaymentChannel Provider { get; init; }
    public required string MerchantReference { get; init; }
    public required string OriginalMerchantReference { get; init; }
    public required string OriginalRecordId { get; init; }
    public required string ProviderTxnId { get; init; }
    public required RecordStatus Status { get; init; }
    public required long Amount { get; init; }
    public required long ExpectedFee { get; init; }
    public required string CollectionAccount { get; init; }
    // Instants are held as UTC ticks: 8 bytes instead of a 16-byte DateTimeOffset, on a million records.
    private long _createdAtTicks;
    private long _statusAtTicks;

    public required DateTimeOffset CreatedAt { get => new(_createdAtTicks, TimeSpan.Zero); init => _createdAtTicks = value.UtcTicks; }
    public required DateTimeOffset StatusAt { get => new(_statusAtTicks, TimeSpan.Zero); init => _statusAtTicks = value.UtcTicks; }
    public required DateOnly BusinessDay { get; init; }

    public bool Succeeded => Status == RecordStatus.Succeeded;

    // Matching state, kept on the record itself so that 1M records need no parallel maps.
    internal long ItemSum { get; set; }
    internal int RecordHash { get; set; }
    internal int FirstLine { get; set; }
    internal int Sequence { get; set; }
    internal string? SettledTxnId { get; set; }
    internal DateOnly SettledOn { get; set; }
    internal bool Awaiting { get; set; }
    internal ExceptionRecord? OpenMissing { get; set; }
    internal bool SettledBySuccess { get; set; }
    internal bool NotPaidRaised { get; set; }
    internal bool DoublePaymentRaised { get; set; }

    /// <summary>Credits received so far; only bank-transfer attempts that were credited carry one.</summary>
    internal TransferProgress? Transfer { get; set; }

    internal long CreditTotal => Transfer?.CreditTotal ?? 0;
}
