namespace PayGov.Client.PaymentIntents;

/// <summary>One fee of a new payment intent.</summary>
public sealed class PaymentIntentFeeItemOptions
{
    /// <summary>Gets the fee's code in the portal's catalogue (1 to 32 characters), for example <c>LP.LLTP</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the fee's name as the citizen sees it on the receipt (1 to 200 characters).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the fee in đồng: a positive whole number (VND has no minor unit).</summary>
    public required long Amount { get; init; }

    /// <summary>Gets the state-budget codes the fee is collected under.</summary>
    public required BudgetCodes Budget { get; init; }
}
