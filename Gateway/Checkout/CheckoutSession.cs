using PayGov.Gateway.Payments;

namespace PayGov.Gateway.Checkout;

/// <summary>An intent opened with its client secret, and the name of the portal that asked for it.</summary>
public sealed record CheckoutSession(PaymentIntent Intent, string PortalName);
