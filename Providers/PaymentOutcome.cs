namespace PayGov.Providers;

/// <summary>A provider's word on a payment, common to every provider. Each adapter maps its codes with one exhaustive switch.</summary>
public enum PaymentOutcome
{
    /// <summary>Paid.</summary>
    Succeeded,

    /// <summary>Not final yet (waiting for the citizen, processing, under the provider's review): ask again later.</summary>
    Pending,

    /// <summary>Final failure: the citizen may try another method.</summary>
    Declined,

    /// <summary>The provider has no such payment (the citizen never reached its page).</summary>
    NotFound,

    /// <summary>A code PayGov does not know: never success; raise an exception for review.</summary>
    Unknown,
}
