using PayGov.Providers;

namespace PayGov.Gateway.Routing;

/// <summary>Provider health shared by every node (DESIGN §3: Redis; an in-process stand-in in the embedded default).</summary>
public interface IProviderHealthStore
{
    /// <summary>Counts one call's outcome: did the provider answer as a healthy provider does.</summary>
    Task RecordAsync(ProviderId provider, bool healthy, CancellationToken cancellationToken);

    /// <summary>A node's breaker opened: every node treats the provider as down for <paramref name="duration"/>.</summary>
    Task MarkBreakerOpenAsync(ProviderId provider, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>A node's breaker closed again after a successful probe: the shared mark goes too.</summary>
    Task ClearBreakerAsync(ProviderId provider, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<ProviderId, ProviderHealthSnapshot>> ReadAsync(IEnumerable<ProviderId> providers, CancellationToken cancellationToken);
}
