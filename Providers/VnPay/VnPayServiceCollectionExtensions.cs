using Microsoft.Extensions.DependencyInjection;

namespace PayGov.Providers.VnPay;

/// <summary>Registers <see cref="VnPayClient"/> with its validated options and its <c>vnpay</c> resilience pipeline.</summary>
public static class VnPayServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="VnPayOptions"/> from <c>Providers:VnPay</c> and <see cref="ProviderResilienceOptions"/> from
    /// <c>Providers:VnPay:Resilience</c> (both validated at start); adds the typed client with one resilience handler
    /// (total timeout, retry for querydr only, circuit breaker, attempt timeout, on the DI <see cref="TimeProvider"/>)
    /// and its adapter <see cref="VnPayPaymentProvider"/>.
    /// </summary>
    /// <param name="services">The service collection; an <c>IConfiguration</c> must be registered.</param>
    /// <remarks>The breaker's state is the keyed singleton <c>CircuitBreakerStateProvider</c> under <see cref="ProviderId.VnPay"/>.</remarks>
    /// <returns>The client's builder, for further configuration.</returns>
    public static IHttpClientBuilder AddVnPay(this IServiceCollection services) =>
        ProviderClientRegistration.Add<VnPayClient, VnPayOptions, VnPayPaymentProvider>(services, ProviderId.VnPay, VnPayOptions.SectionName);
}
