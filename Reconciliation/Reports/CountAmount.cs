namespace PayGov.Reconciliation.Reports;

/// <summary>A count and an amount in đồng.</summary>
public sealed class CountAmount
{
    public long Count { get; set; }
    public long Amount { get; set; }

    public void Add(long amount)
    {
        Count++;
        Amount = checked(Amount + amount);
    }
}
