namespace PayGov.Gateway.Checkout;

/// <summary>Whether a way to pay is offered for this intent now, and if not, the reason the citizen is told.</summary>
public sealed record WayOffer(CheckoutWay Way, WayAvailability Availability, long MaxAmount)
{
    public bool IsOffered => Availability == WayAvailability.Offered;
}
