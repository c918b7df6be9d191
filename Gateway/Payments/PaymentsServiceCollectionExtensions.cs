namespace PayGov.Gateway.Payments;

public static class PaymentsServiceCollectionExtensions
{
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PaymentIntentService>();
        services.AddScoped<PaymentProviderRegistry>();
        services.AddScoped<PaymentAttemptService>();
        services.AddScoped<PaymentSimulator>();
        services.AddScoped<BankCreditService>();
        services.AddHostedService<PaymentIntentExpiryJob>();
        services.AddSingleton<DoubtSettlingJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DoubtSettlingJob>());
        return services;
    }
}
