namespace PayGov.Gateway.Checkout;

public enum WayAvailability
{
    Offered,

    /// <summary>The amount is above the provider's limit: hidden, with the limit as the reason (never a suggestion to split).</summary>
    OverLimit,

    /// <summary>No breaker allows calls to the provider now.</summary>
    Unavailable,
}
