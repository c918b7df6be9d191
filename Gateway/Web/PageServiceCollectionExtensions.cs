using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PayGov.Gateway.Web;

public static class PageServiceCollectionExtensions
{
    /// <summary>What every HTML page of the gateway needs: the renderer, the assets, and an encoder that keeps Vietnamese as itself.</summary>
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        // Vietnamese text goes out as itself, not as numeric entities: half the bytes, and readable source.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<PageAssets>();
        services.AddScoped<PageRenderer>();
        return services;
    }
}
