using PayGov.Gateway.Payments;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// How a refund splits over the fee items of the intent it refunds (the ledger's "a refund's items are its allocation"):
/// in proportion to each item's amount, rounded down, the đồng left over going one each to the items with the largest
/// remainders (ties to the earlier item). A full refund therefore gives back every item exactly, and the shares always
/// add up to the refund.
/// </summary>
public static class RefundAllocation
{
    /// <summary>Each item with a share above zero, in item order. Đồng.</summary>
    public static List<(FeeItem Item, long Amount)> Split(long amount, IReadOnlyList<FeeItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var total = items.Sum(i => i.Amount);
        var shares = items
            // Amount × item can pass long's range (a 10 tỷ đồng refund of a 10 tỷ item); the quotient never does.
            .Select((item, index) => (Item: item, Index: index, Scaled: Math.BigMul(amount, item.Amount)))
            .Select(s => (s.Item, s.Index, Share: (long)(s.Scaled / total), Remainder: (long)(s.Scaled % total)))
            .ToList();
        var left = amount - shares.Sum(s => s.Share);
        var bumped = shares.OrderByDescending(s => s.Remainder).ThenBy(s => s.Index).Take((int)left).Select(s => s.Index).ToHashSet();
        return shares
            .Select(s => (s.Item, Amount: s.Share + (bumped.Contains(s.Index) ? 1 : 0)))
            .Where(s => s.Amount > 0)
            .ToList();
    }
}
