namespace PayGov.Gateway.Payments;

/// <summary>One fee (phí, lệ phí) of an intent, with the state-budget codes its revenue is booked under.</summary>
public sealed class FeeItem
{
    public int ItemNo { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public long Amount { get; init; }

    public required BudgetCodes Budget { get; init; }
}
