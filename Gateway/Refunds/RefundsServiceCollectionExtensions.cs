namespace PayGov.Gateway.Refunds;

public static class RefundsServiceCollectionExtensions
{
    public static IServiceCollection AddRefunds(this IServiceCollection services)
    {
        services.AddOptions<RefundsOptions>().BindConfiguration(RefundsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RefundService>();
        services.AddSingleton<RefundSettlingJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RefundSettlingJob>());
        services.AddSingleton<AnomalyRefundJob>();
        services.AddHostedService(sp => sp.GetRequiredService<AnomalyRefundJob>());
        return services;
    }
}
