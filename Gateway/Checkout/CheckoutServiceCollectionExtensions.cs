using PayGov.Gateway.Receipts;

namespace PayGov.Gateway.Checkout;

public static class CheckoutServiceCollectionExtensions
{
    /// <summary>The citizen pages: checkout, receipts, status by dossier.</summary>
    public static IServiceCollection AddCheckout(this IServiceCollection services)
    {
        services.AddOptions<CheckoutOptions>().BindConfiguration(CheckoutOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReceiptPdf>();
        services.AddScoped<CheckoutService>();
        services.AddScoped<CheckoutServices>();
        services.AddScoped<ReceiptService>();
        return services;
    }
}
