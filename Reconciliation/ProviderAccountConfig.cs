namespace PayGov.Reconciliation;

/// <summary>Where a provider's payouts land (<see cref="PayoutAccount"/>) and the account they come from.</summary>
public sealed class ProviderAccountConfig
{
    public string PayoutAccount { get; init; } = "";
    public string SettlementAccount { get; init; } = "";
}
