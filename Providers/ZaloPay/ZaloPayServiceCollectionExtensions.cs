using Microsoft.Extensions.DependencyInjection;

namespace PayGov.Providers.ZaloPay;

/// <summary>Registers <see cref="ZaloPayClient"/> with its validated options and its <c>zalopay</c> resilience pipeline.</summary>
public static class ZaloPayServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ZaloPayOptions"/> from <c>Providers:ZaloPay</c> and <see cref="ProviderResilienceOptions"/> from
    /// <c>Providers:ZaloPay:Resilience</c> (both validated at start); adds the typed client with one resilience handler
    /// (total timeout, retry for query and query_refund only, circuit breaker, attempt timeout, on the DI <see cref="TimeProvider"/>)
    /// and its adapter <see cref="ZaloPayPaymentProvider"/>.
    /// </summary>
    /// <param name="services">The service collection; an <c>IConfiguration</c> must be registered.</param>
    /// <remarks>The breaker's state is the keyed singleton <c>CircuitBreakerStateProvider</c> under <see cref="ProviderId.ZaloPay"/>.</remarks>
    /// <returns>The client's builder, for further configuration.</returns>
    public static IHttpClientBuilder AddZaloPay(this IServiceCollection services) =>
        ProviderClientRegistration.Add<ZaloPayClient, ZaloPayOptions, ZaloPayPaymentProvider>(services, ProviderId.ZaloPay, ZaloPayOptions.SectionName);
}
