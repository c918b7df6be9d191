using PayGov.Gateway.Infrastructure.Coordination;

namespace PayGov.Gateway.Routing;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>The router, and shared health in Redis when configured (in-process otherwise, as coordination decides).</summary>
    public static IServiceCollection AddPaymentRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PaymentRouter>();
        if (CoordinationServiceCollectionExtensions.UsesRedis(configuration))
        {
            services.AddSingleton<IProviderHealthStore, RedisProviderHealthStore>();
        }
        else
        {
            services.AddSingleton<IProviderHealthStore, InProcessProviderHealthStore>();
        }

        return services;
    }
}
