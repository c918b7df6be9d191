namespace PayGov.Gateway.Payments;

public static class PaymentsServiceCollectionExtensions
{
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PaymentIntentService>();
        services.AddScoped<PaymentAttemptService>();
        services.AddHostedService<PaymentIntentExpiryJob>();
        return services;
    }
}
