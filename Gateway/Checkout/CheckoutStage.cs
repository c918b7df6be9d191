namespace PayGov.Gateway.Checkout;

/// <summary>What the checkout page shows, from the intent's recorded status and its open attempt.</summary>
public enum CheckoutStage
{
    /// <summary><c>requires_payment_method</c>: the ways to pay.</summary>
    Choose,

    /// <summary><c>processing</c> at a provider with a hosted page: waiting for its verified word.</summary>
    AtProvider,

    /// <summary><c>processing</c> by VietQR: the code and the transfer details, waiting for the bank's notification.</summary>
    Transfer,

    Paid,

    Canceled,

    Expired,
}
