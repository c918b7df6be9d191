using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PayGov.Gateway.Web;

public static class PageServiceCollectionExtensions
{
    /// <summary>
    /// What every HTML page of the gateway needs: the renderer, the assets, an encoder that keeps Vietnamese as
    /// itself, and the one antiforgery configuration that citizen forms, treasury forms and the treasury API share.
    /// </summary>
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        // Vietnamese text goes out as itself, not as numeric entities: half the bytes, and readable source.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<PageAssets>();
        services.AddScoped<PageRenderer>();
        services.AddAntiforgery(options =>
        {
            options.HeaderName = PageAntiforgery.HeaderName;
            options.FormFieldName = PageAntiforgery.FormFieldName;
            options.Cookie.Name = PageAntiforgery.CookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.HttpOnly = true;
        });
        return services;
    }
}
