namespace PayGov.Client.PaymentIntents;

/// <summary>One fee of a payment intent; the fee items of an intent add up to its amount.</summary>
public sealed class FeeItem
{
    /// <summary>Gets the fee's code in the portal's catalogue, for example <c>LP.LLTP</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the fee's name as the citizen sees it on the receipt.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the fee in đồng (whole VND; VND has no minor unit).</summary>
    public long Amount { get; init; }

    /// <summary>Gets the state-budget codes the fee is collected under.</summary>
    public required BudgetCodes Budget { get; init; }
}
