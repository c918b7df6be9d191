using PayGov.Gateway.Payments;
using PayGov.Gateway.Reconciliation;

namespace PayGov.Gateway.Tests.Reconciliation;

/// <summary>A refund's rows in the gateway ledger: its amount split over the refunded intent's fee items.</summary>
public sealed class RefundAllocationTests
{
    private static readonly FeeItem[] Items = [Item(1, 75_000), Item(2, 50_000), Item(3, 25_000)];

    [Fact]
    public void A_full_refund_gives_back_every_item_exactly()
    {
        var split = RefundAllocation.Split(150_000, Items);

        Assert.Equal([(1, 75_000L), (2, 50_000L), (3, 25_000L)], split.Select(s => (s.Item.ItemNo, s.Amount)));
    }

    [Fact]
    public void A_partial_refund_splits_in_proportion_and_the_leftover_dong_go_to_the_largest_remainders()
    {
        // 10,001 × 75/150 = 5,000.5, × 50/150 = 3,333.67, × 25/150 = 1,666.83: floors 5,000 + 3,333 + 1,666 = 9,999,
        // the two đồng left go to item 3 (.83) and item 2 (.67).
        var split = RefundAllocation.Split(10_001, Items);

        Assert.Equal([(1, 5_000L), (2, 3_334L), (3, 1_667L)], split.Select(s => (s.Item.ItemNo, s.Amount)));
    }

    [Fact]
    public void Items_whose_share_rounds_to_nothing_are_left_out_and_the_shares_still_add_up()
    {
        var split = RefundAllocation.Split(1, Items);

        Assert.Equal([(1, 1L)], split.Select(s => (s.Item.ItemNo, s.Amount)));
    }

    [Fact]
    public void Refunds_as_large_as_the_largest_intent_split_without_overflow()
    {
        // 10 tỷ đồng: amount × item passes long's range (9.2 × 10^18) though every share fits.
        FeeItem[] items = [Item(1, 7_000_000_000), Item(2, 3_000_000_000)];

        var full = RefundAllocation.Split(10_000_000_000, items);
        var partial = RefundAllocation.Split(9_999_999_999, items);

        Assert.Equal([(1, 7_000_000_000L), (2, 3_000_000_000L)], full.Select(s => (s.Item.ItemNo, s.Amount)));
        Assert.Equal([(1, 6_999_999_999L), (2, 3_000_000_000L)], partial.Select(s => (s.Item.ItemNo, s.Amount)));
    }

    private static FeeItem Item(int itemNo, long amount) => new()
    {
        ItemNo = itemNo,
        Code = "LP." + itemNo,
        Name = "Lệ phí " + itemNo,
        Amount = amount,
        Budget = new BudgetCodes { TreasuryCode = "0011", BudgetChapter = "426", BudgetSubItem = "2764", RevenueAgency = "1101001", AreaCode = "00004" },
    };
}
