using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;
using PayGov.Providers;
using PayGov.Providers.BankTransfer;
using PayGov.Providers.MoMo;
using PayGov.Providers.Sandbox;
using PayGov.Providers.Sandbox.BankTransfer;
using PayGov.Providers.Sandbox.MoMo;
using PayGov.Providers.Sandbox.VnPay;
using PayGov.Providers.Sandbox.ZaloPay;
using PayGov.Providers.VnPay;
using PayGov.Providers.ZaloPay;

namespace PayGov.Gateway.Sandbox;

public static class PaymentProvidersServiceCollectionExtensions
{
    public const string SandboxHttpClientName = "PayGov.Gateway.Sandbox";

    /// <summary>
    /// Adds each provider's client and adapter (registered as <see cref="IPaymentProvider"/>) where configured
    /// (<c>Providers:VnPay</c>, <c>Providers:MoMo</c>, <c>Providers:ZaloPay</c>, <c>Providers:BankTransfer</c>) and, when <c>Sandbox:Enabled</c>, the in-process sandboxes
    /// with every client pointed at them and their test credentials.
    /// </summary>
    public static IServiceCollection AddPaymentProviders(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue<bool?>(EmbeddedSandbox.EnabledKey)
            ?? string.IsNullOrWhiteSpace(configuration.GetConnectionString(StorageServiceCollectionExtensions.PostgresConnectionName));
        services.AddSingleton(new EmbeddedSandbox(enabled));
        if (enabled || configuration.GetSection(VnPayOptions.SectionName).Exists())
        {
            services.AddVnPay();
            services.AddTransient<IPaymentProvider>(sp => sp.GetRequiredService<VnPayPaymentProvider>());
        }

        if (enabled || configuration.GetSection(MoMoOptions.SectionName).Exists())
        {
            services.AddMoMo();
            services.AddTransient<IPaymentProvider>(sp => sp.GetRequiredService<MoMoPaymentProvider>());
        }

        if (enabled || configuration.GetSection(ZaloPayOptions.SectionName).Exists())
        {
            services.AddZaloPay();
            services.AddTransient<IPaymentProvider>(sp => sp.GetRequiredService<ZaloPayPaymentProvider>());
        }

        if (enabled || configuration.GetSection(BankTransferOptions.SectionName).Exists())
        {
            services.AddBankTransfer();
            services.AddTransient<IPaymentProvider>(sp => sp.GetRequiredService<BankTransferPaymentProvider>());
        }

        if (!enabled)
        {
            return services;
        }

        services.AddPaymentSandboxes();
        services.AddHttpClient(SandboxHttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));

        // The sandbox's own test credentials and the gateway's public address: nothing else to configure in test mode.
        services.AddOptions<VnPayOptions>().PostConfigure<IOptions<VnPaySandboxOptions>, IOptions<PayGovOptions>>((options, sandbox, urls) =>
        {
            var publicBaseUrl = urls.Value.PublicBaseUrl;
            var prefix = EmbeddedSandbox.PrefixOf(publicBaseUrl, ProviderId.VnPay.ToWireName());
            options.TmnCode = sandbox.Value.TmnCode;
            options.HashSecrets.Clear();
            options.HashSecrets.Add(sandbox.Value.HashSecret);
            options.PaymentUrl = new Uri(prefix, VnPaySandboxEndpoints.PaymentPath.TrimStart('/'));
            options.ApiUrl = new Uri(prefix, VnPaySandboxEndpoints.ApiPath.TrimStart('/'));
            options.ReturnUrl ??= new Uri(publicBaseUrl, "pay/return/vnpay");
        });

        // VNPAY learns the IPN URL from its merchant portal, not from requests (vnpay.md §1): the sandbox's "portal" is its options.
        services.AddOptions<VnPaySandboxOptions>().PostConfigure<IOptions<PayGovOptions>>((sandbox, urls) =>
            sandbox.IpnUrl ??= new Uri(urls.Value.PublicBaseUrl, "callbacks/vnpay/ipn"));
        services.AddOptions<MoMoOptions>().PostConfigure<IOptions<MoMoSandboxOptions>, IOptions<PayGovOptions>>((options, sandbox, urls) =>
        {
            var publicBaseUrl = urls.Value.PublicBaseUrl;
            options.PartnerCode = sandbox.Value.PartnerCode;
            options.AccessKey = sandbox.Value.AccessKey;
            options.SecretKeys.Clear();
            options.SecretKeys.Add(sandbox.Value.SecretKey);
            options.BaseUrl = EmbeddedSandbox.PrefixOf(publicBaseUrl, ProviderId.MoMo.ToWireName());
            options.IpnUrl = new Uri(publicBaseUrl, "callbacks/momo/ipn");
            options.RedirectUrl ??= new Uri(publicBaseUrl, "pay/return/momo");
        });
        services.AddOptions<ZaloPayOptions>().PostConfigure<IOptions<ZaloPaySandboxOptions>, IOptions<PayGovOptions>>((options, sandbox, urls) =>
        {
            var publicBaseUrl = urls.Value.PublicBaseUrl;
            options.AppId = sandbox.Value.AppId;
            options.Key1 = sandbox.Value.Key1;
            options.Key2s.Clear();
            options.Key2s.Add(sandbox.Value.Key2);
            options.BaseUrl = EmbeddedSandbox.PrefixOf(publicBaseUrl, ProviderId.ZaloPay.ToWireName());
            options.CallbackUrl = new Uri(publicBaseUrl, "callbacks/zalopay/callback");
            options.RedirectUrl ??= new Uri(publicBaseUrl, "pay/return/zalopay");
        });

        // The sandbox bank holds the collection account, signs with its connector's secret and notifies this gateway.
        services.AddOptions<BankTransferOptions>().PostConfigure<IOptions<BankTransferSandboxOptions>>((options, sandbox) =>
        {
            options.BankBin = sandbox.Value.BankBin;
            options.BankName = sandbox.Value.BankName;
            options.AccountNumber = sandbox.Value.AccountNumber;
            options.AccountName = sandbox.Value.AccountName;
            options.ConnectorId = sandbox.Value.ConnectorId;
            options.NotificationSecrets.Clear();
            options.NotificationSecrets.Add(sandbox.Value.NotificationSecret);
        });
        services.AddOptions<BankTransferSandboxOptions>().PostConfigure<IOptions<PayGovOptions>>((options, urls) =>
            options.NotificationUrl = new Uri(urls.Value.PublicBaseUrl, $"callbacks/bank-transfer/{Uri.EscapeDataString(options.ConnectorId)}/credits"));
        return services;
    }
}
