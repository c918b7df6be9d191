using Microsoft.AspNetCore.Routing;
using PayGov.Providers.Sandbox.BankTransfer;
using PayGov.Providers.Sandbox.MoMo;
using PayGov.Providers.Sandbox.VnPay;
using PayGov.Providers.Sandbox.ZaloPay;

namespace PayGov.Providers.Sandbox;

/// <summary>Mounts every sandbox under one root.</summary>
public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>The bank's mount point under the root: the bank holding the collection account, not a provider wire name.</summary>
    public const string BankPrefix = "bank";

    /// <summary>Maps <c>{root}/vnpay</c>, <c>{root}/momo</c>, <c>{root}/zalopay</c>, <c>{root}/bank</c> and <c>{root}/admin</c>.</summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="root">The root, e.g. <c>/sandbox</c>.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapPaymentSandboxes(this IEndpointRouteBuilder endpoints, string root)
    {
        endpoints.MapSandboxAdmin(root + "/admin");
        endpoints.MapVnPaySandbox(root + "/" + ProviderId.VnPay.ToWireName());
        endpoints.MapMoMoSandbox(root + "/" + ProviderId.MoMo.ToWireName());
        endpoints.MapZaloPaySandbox(root + "/" + ProviderId.ZaloPay.ToWireName());
        endpoints.MapBankTransferSandbox(root + "/" + BankPrefix);
        return endpoints;
    }
}
