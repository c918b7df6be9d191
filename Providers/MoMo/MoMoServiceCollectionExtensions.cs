using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly.CircuitBreaker;

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
    public static IHttpClientBuilder AddMoMo(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MoMoOptions>().BindConfiguration(MoMoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var resilienceName = ProviderId.MoMo.ToWireName();
        services.AddOptions<ProviderResilienceOptions>(resilienceName)
            .BindConfiguration(MoMoOptions.SectionName + ":" + ProviderResilienceOptions.SectionKey)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // One state provider per provider, read by routing; a keyed singleton so each service provider has its own.
        services.TryAddKeyedSingleton(ProviderId.MoMo, (_, _) => new CircuitBreakerStateProvider());

        // The pipeline owns every time limit; HttpClient's own 100 s default would cut a longer configured total.
        var builder = services.AddHttpClient<MoMoClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler(resilienceName, (pipeline, context) =>
            ProviderResilience.Configure(
                pipeline,
                context.GetOptions<ProviderResilienceOptions>(resilienceName),
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredKeyedService<CircuitBreakerStateProvider>(ProviderId.MoMo)));
        services.TryAddTransient<MoMoPaymentProvider>();
        return builder;
    }
}
