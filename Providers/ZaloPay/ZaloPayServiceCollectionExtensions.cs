using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly.CircuitBreaker;

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
    public static IHttpClientBuilder AddZaloPay(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ZaloPayOptions>().BindConfiguration(ZaloPayOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var resilienceName = ProviderId.ZaloPay.ToWireName();
        services.AddOptions<ProviderResilienceOptions>(resilienceName)
            .BindConfiguration(ZaloPayOptions.SectionName + ":" + ProviderResilienceOptions.SectionKey)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // One state provider per provider, read by routing; a keyed singleton so each service provider has its own.
        services.TryAddKeyedSingleton(ProviderId.ZaloPay, (_, _) => new CircuitBreakerStateProvider());

        // The pipeline owns every time limit; HttpClient's own 100 s default would cut a longer configured total.
        var builder = services.AddHttpClient<ZaloPayClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler(resilienceName, (pipeline, context) =>
            ProviderResilience.Configure(
                pipeline,
                context.GetOptions<ProviderResilienceOptions>(resilienceName),
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredKeyedService<CircuitBreakerStateProvider>(ProviderId.ZaloPay)));
        services.TryAddTransient<ZaloPayPaymentProvider>();
        return builder;
    }
}
