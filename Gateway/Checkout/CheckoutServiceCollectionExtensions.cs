using PayGov.Gateway.Receipts;

namespace PayGov.Gateway.Checkout;

public static class CheckoutServiceCollectionExtensions
{
    /// <summary>The citizen pages (checkout, receipts, status by dossier) and the antiforgery their forms carry.</summary>
    public static IServiceCollection AddCheckout(this IServiceCollection services)
    {
        services.AddOptions<CheckoutOptions>().BindConfiguration(CheckoutOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // One antiforgery configuration serves the whole gateway (its names are the treasury's); the pages read the
        // form field's name from the token set, whatever it is.
        services.AddAntiforgery();
        services.AddSingleton<ReceiptPdf>();
        services.AddScoped<CheckoutService>();
        services.AddScoped<CheckoutServices>();
        services.AddScoped<ReceiptService>();
        return services;
    }
}
