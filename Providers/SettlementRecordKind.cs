namespace PayGov.Providers;

/// <summary>The kind of a settlement report line (reconciliation formats README, "What every reader yields").</summary>
public enum SettlementRecordKind
{
    /// <summary>A payment.</summary>
    Payment,

    /// <summary>A refund or a reversal.</summary>
    Refund,

    /// <summary>An advice of a payout transfer the provider made.</summary>
    Payout,
}
