using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PayGov.Providers.ZaloPay;

/// <summary>Registers <see cref="ZaloPayClient"/> with its validated options and its <c>zalopay</c> resilience pipeline.</summary>
public static class ZaloPayServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ZaloPayOptions"/> from <c>Providers:ZaloPay</c> and <see cref="ProviderResilienceOptions"/> from
    /// <c>Providers:ZaloPay:Resilience</c> (both validated at start), adds the typed client and its adapter <see cref="ZaloPayPaymentProvider"/> with one resilience
    /// handler: total timeout, retry (query and query_refund only), circuit breaker, attempt timeout.
    /// </summary>
    /// <param name="services">The service collection; an <c>IConfiguration</c> must be registered.</param>
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

        // The pipeline owns every time limit; HttpClient's own 100 s default would cut a longer configured total.
        var builder = services.AddHttpClient<ZaloPayClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler(resilienceName, (pipeline, context) =>
            ProviderResilience.Configure(
                pipeline,
                context.GetOptions<ProviderResilienceOptions>(resilienceName),
                context.ServiceProvider.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<ZaloPayPaymentProvider>();
        return builder;
    }
}
