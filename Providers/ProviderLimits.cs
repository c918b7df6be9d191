namespace PayGov.Providers;

/// <summary>Amount limits of a provider from configuration (DESIGN §3.4); routing skips a provider whose limits exclude the amount.</summary>
/// <param name="MinAmount">Smallest amount accepted, in đồng.</param>
/// <param name="MaxAmount">Largest amount accepted, in đồng.</param>
public sealed record ProviderLimits(long MinAmount, long MaxAmount)
{
    /// <summary>True when <paramref name="amount"/> (đồng) is within the limits, bounds included.</summary>
    /// <param name="amount">Amount in đồng.</param>
    /// <returns>Whether the provider accepts the amount.</returns>
    public bool Allows(long amount) => amount >= MinAmount && amount <= MaxAmount;
}
