using Microsoft.Extensions.DependencyInjection;

namespace PayGov.Providers.MoMo;

/// <summary>Registers <see cref="MoMoClient"/> with its validated options and its <c>momo</c> resilience pipeline.</summary>
public static class MoMoServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="MoMoOptions"/> from <c>Providers:MoMo</c> and <see cref="ProviderResilienceOptions"/> from
    /// <c>Providers:MoMo:Resilience</c> (both validated at start); adds the typed client with one resilience handler
    /// (total timeout, retry for queries only, circuit breaker, attempt timeout, on the DI <see cref="TimeProvider"/>)
    /// and its adapter <see cref="MoMoPaymentProvider"/>.
    /// </summary>
    /// <param name="services">The service collection; an <c>IConfiguration</c> must be registered.</param>
    /// <remarks>The breaker's state is the keyed singleton <c>CircuitBreakerStateProvider</c> under <see cref="ProviderId.MoMo"/>.</remarks>
    /// <returns>The client's builder, for further configuration.</returns>
    public static IHttpClientBuilder AddMoMo(this IServiceCollection services) =>
        ProviderClientRegistration.Add<MoMoClient, MoMoOptions, MoMoPaymentProvider>(services, ProviderId.MoMo, MoMoOptions.SectionName);
}
