using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly.CircuitBreaker;

namespace PayGov.Providers;

/// <summary>The registration every provider client shares: validated options, one resilience handler, its breaker state and its adapter.</summary>
internal static class ProviderClientRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> from <paramref name="sectionName"/> and <see cref="ProviderResilienceOptions"/>
    /// from <c>{sectionName}:Resilience</c> (both validated at start), adds the typed client with one resilience handler
    /// named after the provider on the DI <see cref="TimeProvider"/>, a keyed <see cref="CircuitBreakerStateProvider"/>
    /// and the adapter <typeparamref name="TAdapter"/>.
    /// </summary>
    public static IHttpClientBuilder Add<TClient, TOptions, TAdapter>(IServiceCollection services, ProviderId providerId, string sectionName)
        where TClient : class
        where TOptions : class
        where TAdapter : class, IPaymentProvider
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();
        var resilienceName = providerId.ToWireName();
        services.AddOptions<ProviderResilienceOptions>(resilienceName)
            .BindConfiguration(sectionName + ":" + ProviderResilienceOptions.SectionKey)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // One state provider per provider, read by routing; a keyed singleton so each service provider has its own.
        services.TryAddKeyedSingleton(providerId, (_, _) => new CircuitBreakerStateProvider());

        // The pipeline owns every time limit; HttpClient's own 100 s default would cut a longer configured total.
        var builder = services.AddHttpClient<TClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler(resilienceName, (pipeline, context) =>
            ProviderResilience.Configure(
                pipeline,
                context.GetOptions<ProviderResilienceOptions>(resilienceName),
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredKeyedService<CircuitBreakerStateProvider>(providerId)));
        services.TryAddTransient<TAdapter>();
        return builder;
    }
}
