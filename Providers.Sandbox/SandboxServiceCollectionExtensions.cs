using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PayGov.Providers.Sandbox.BankTransfer;
using PayGov.Providers.Sandbox.MoMo;
using PayGov.Providers.Sandbox.Settlements;
using PayGov.Providers.Sandbox.VnPay;
using PayGov.Providers.Sandbox.ZaloPay;

namespace PayGov.Providers.Sandbox;

/// <summary>Registers the provider sandboxes, for their own process or for an app that mounts them.</summary>
public static class SandboxServiceCollectionExtensions
{
    /// <summary>Adds every sandbox's state, options (<c>Sandbox:*</c>, validated at start), the callback dispatcher and its <see cref="HttpClient"/>, and the desk that makes the providers' daily payouts into the sandbox bank.</summary>
    /// <param name="services">The app's services.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddPaymentSandboxes(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SandboxFaultSwitchboard>();
        services.AddHttpClient(SandboxCallbackDispatcher.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<SandboxCallbackDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<SandboxCallbackDispatcher>());

        services.AddOptions<VnPaySandboxOptions>().BindConfiguration(VnPaySandboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<VnPaySandboxStore>();
        services.TryAddSingleton<VnPaySandbox>();

        services.AddOptions<MoMoSandboxOptions>().BindConfiguration(MoMoSandboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<MoMoSandboxStore>();
        services.TryAddSingleton<MoMoSandbox>();

        services.AddOptions<ZaloPaySandboxOptions>().BindConfiguration(ZaloPaySandboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ZaloPaySandboxStore>();
        services.TryAddSingleton<ZaloPaySandbox>();

        services.AddOptions<BankTransferSandboxOptions>().BindConfiguration(BankTransferSandboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SandboxBankLedger>();
        services.TryAddSingleton<BankTransferSandbox>();

        services.TryAddSingleton(sp => new SandboxPayoutDesk(
            [sp.GetRequiredService<VnPaySandbox>(), sp.GetRequiredService<MoMoSandbox>(), sp.GetRequiredService<ZaloPaySandbox>()],
            sp.GetRequiredService<BankTransferSandbox>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService(sp => sp.GetRequiredService<SandboxPayoutDesk>());
        return services;
    }
}
