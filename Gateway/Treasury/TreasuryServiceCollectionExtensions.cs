using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace PayGov.Gateway.Treasury;

public static class TreasuryServiceCollectionExtensions
{
    /// <summary>Treasury users, their cookie, antiforgery, and a Data Protection key ring shared through the database.</summary>
    public static IServiceCollection AddTreasury(this IServiceCollection services)
    {
        services.AddOptions<TreasuryOptions>().BindConfiguration(TreasuryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TreasuryUserService>();
        services.AddScoped<TreasurySignIn>();
        services.AddDataProtection().SetApplicationName("PayGov");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = TreasuryAntiforgeryFilter.HeaderName;
            options.FormFieldName = TreasuryAntiforgeryFilter.FormFieldName;
            options.Cookie.Name = TreasuryAntiforgeryFilter.CookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.HttpOnly = true;
        });
        return services;
    }
}
