using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace PayGov.Gateway.Treasury;

public static class TreasuryServiceCollectionExtensions
{
    /// <summary>Treasury users, their sign-in, and a Data Protection key ring shared through the database (which the antiforgery tokens use too).</summary>
    public static IServiceCollection AddTreasury(this IServiceCollection services)
    {
        services.AddOptions<TreasuryOptions>().BindConfiguration(TreasuryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TreasuryUserService>();
        services.AddScoped<TreasurySignIn>();
        services.AddScoped<DemoTreasuryUsers>();
        services.AddDataProtection().SetApplicationName("PayGov");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        return services;
    }
}
