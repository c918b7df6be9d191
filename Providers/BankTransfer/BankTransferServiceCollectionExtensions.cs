using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PayGov.Providers.BankTransfer;

/// <summary>Registers <see cref="BankTransferPaymentProvider"/> with its validated options.</summary>
public static class BankTransferServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BankTransferOptions"/> from <c>Providers:BankTransfer</c> (validated at start) and adds the
    /// adapter. No HTTP client: VietQR is built locally and the bank calls PayGov.
    /// </summary>
    /// <param name="services">The service collection; an <c>IConfiguration</c> must be registered.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddBankTransfer(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BankTransferOptions>().BindConfiguration(BankTransferOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddTransient<BankTransferPaymentProvider>();
        return services;
    }
}
