using Microsoft.Extensions.Options;
using PayGov.Gateway.Payments;
using PayGov.Providers;
using Polly.CircuitBreaker;

namespace PayGov.Gateway.Routing;

/// <summary>
/// Orders the providers that can take a payment (DESIGN §6 "Routing"): those offering the method within their
/// amount limits and with no breaker open anywhere; healthy before unhealthy, then the citizen's preference,
/// then the cheaper. Every start's outcome is reported back, so all nodes learn from each one.
/// </summary>
public sealed class PaymentRouter(
    PaymentProviderRegistry providers,
    IProviderHealthStore health,
    IServiceProvider services,
    IOptionsMonitor<ProviderResilienceOptions> resilience,
    IOptions<RoutingOptions> options)
{
    public async Task<IReadOnlyList<ProviderStatus>> StatusAsync(CancellationToken cancellationToken)
    {
        var all = providers.All.ToList();
        var snapshots = await health.ReadAsync(all.Select(p => p.ProviderId), cancellationToken);
        var routing = options.Value;
        return all.Select(provider =>
        {
            var snapshot = snapshots.GetValueOrDefault(provider.ProviderId, ProviderHealthSnapshot.Unknown);
            var openHere = IsBreakerOpenHere(provider.ProviderId);

            // The shared mark lives exactly one break, on every node alike. A local breaker reports "open" until
            // its next call, so it cannot be what decides, or the half-open probe would never be sent.
            var available = !snapshot.BreakerOpenSomewhere;
            var healthy = available && (snapshot.Samples < routing.MinimumSamples || snapshot.SuccessPerMille >= routing.HealthySuccessPerMille);
            return new ProviderStatus(provider, snapshot, openHere, available, healthy);
        }).ToList();
    }

    /// <summary>The providers to try, in order; empty when none can take this payment now.</summary>
    public async Task<IReadOnlyList<IPaymentProvider>> CandidatesAsync(
        PaymentMethod method, long amount, ProviderId? preferred, CancellationToken cancellationToken)
    {
        var statuses = await StatusAsync(cancellationToken);
        return statuses
            .Where(s => s.Available && s.Provider.Methods.Contains(method) && s.Provider.Limits.Allows(amount))
            .OrderByDescending(s => s.Healthy)
            .ThenByDescending(s => s.Provider.ProviderId == preferred)
            .ThenBy(s => options.Value.CostOf(s.Provider.ProviderId, amount))
            .ThenBy(s => s.Provider.ProviderId)
            .Select(s => s.Provider)
            .ToList();
    }

    /// <summary>
    /// Counts a call: <paramref name="healthy"/> when the provider answered (a refusal is an answer), not when it
    /// was unreachable, failed or timed out. A breaker this call opened is shared; one it closed is cleared.
    /// </summary>
    public async Task ReportAsync(ProviderId provider, bool healthy, CancellationToken cancellationToken)
    {
        await health.RecordAsync(provider, healthy, cancellationToken);
        if (IsBreakerOpenHere(provider))
        {
            await ShareOpenBreakerAsync(provider, cancellationToken);
        }
        else if (healthy)
        {
            await health.ClearBreakerAsync(provider, cancellationToken);
        }
    }

    private Task ShareOpenBreakerAsync(ProviderId provider, CancellationToken cancellationToken) =>
        health.MarkBreakerOpenAsync(provider, resilience.Get(provider.ToWireName()).BreakerBreakDuration, cancellationToken);

    private bool IsBreakerOpenHere(ProviderId provider) =>
        services.GetKeyedService<CircuitBreakerStateProvider>(provider) is { } breaker
        && breaker.CircuitState is CircuitState.Open or CircuitState.Isolated;
}
