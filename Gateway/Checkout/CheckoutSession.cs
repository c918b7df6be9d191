using PayGov.Gateway.Payments;
using PayGov.Gateway.Portals;

namespace PayGov.Gateway.Checkout;

/// <summary>An intent opened with its client secret, and the portal that asked for it (its name, the methods it allows).</summary>
public sealed record CheckoutSession(PaymentIntent Intent, Portal Portal);
