namespace PayGov.Gateway.Payments;

/// <summary>What a verified provider notification did to its attempt.</summary>
public enum AttemptDecision
{
    /// <summary>The attempt and its intent moved (succeeded, or failed back to <c>requires_payment_method</c>).</summary>
    Applied,

    /// <summary>The attempt was already completed: a repeat changes nothing.</summary>
    Duplicate,

    /// <summary>Not final at the provider yet: nothing changes.</summary>
    Pending,

    /// <summary>No attempt has that merchant reference: audited, nothing changes.</summary>
    UnknownOrder,

    /// <summary>The amount differs from the attempt's: audited, nothing changes.</summary>
    AmountMismatch,

    /// <summary>The intent is no longer processing (canceled, expired): the attempt is recorded, the intent stays; audited.</summary>
    LatePayment,
}
