using PayGov.Providers;

namespace PayGov.Gateway.Payments;

/// <summary>The providers configured on this gateway, by id: every adapter registered as <see cref="IPaymentProvider"/>.</summary>
public sealed class PaymentProviderRegistry(IEnumerable<IPaymentProvider> providers)
{
    private readonly Dictionary<ProviderId, IPaymentProvider> byId = providers.ToDictionary(p => p.ProviderId);

    public IEnumerable<IPaymentProvider> All => byId.Values.OrderBy(p => p.ProviderId);

    public IPaymentProvider? Find(ProviderId id) => byId.GetValueOrDefault(id);
}
