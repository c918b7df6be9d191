namespace PayGov.Gateway.Checkout;

/// <summary>
/// Why the chooser is shown again, carried across the post/redirect/get as a fixed word (never free text, so the
/// address cannot be used to put words on the page).
/// </summary>
public enum CheckoutNotice
{
    None,
    Declined,
    Unavailable,
    InDoubt,
    Changed,
}
