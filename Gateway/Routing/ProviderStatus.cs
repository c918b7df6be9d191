using PayGov.Providers;

namespace PayGov.Gateway.Routing;

/// <summary>One provider as routing sees it now.</summary>
/// <param name="Provider">The adapter.</param>
/// <param name="Health">What every node has seen of it lately.</param>
/// <param name="BreakerOpenHere">This node's breaker for it reports open (it turns half-open only at its next call).</param>
/// <param name="Available">No node has seen its breaker open within the last break: calls may go to it.</param>
/// <param name="Healthy">Available, and its recent success rate is good (or too few calls to tell).</param>
public sealed record ProviderStatus(IPaymentProvider Provider, ProviderHealthSnapshot Health, bool BreakerOpenHere, bool Available, bool Healthy);
