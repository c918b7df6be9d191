using PayGov.Gateway.Storage;
namespace PayGov.Gateway.Portals;

public static class PortalsServiceCollectionExtensions
{
    public static IServiceCollection AddPortals(this IServiceCollection services)
    {
        services.AddOptions<DemoPortalOptions>().BindConfiguration(DemoPortalOptions.SectionName);
        services.AddScoped<PortalService>();
        services.AddScoped<DemoPortal>();
        services.AddScoped<DemoSecrets>();
        return services;
    }
}
