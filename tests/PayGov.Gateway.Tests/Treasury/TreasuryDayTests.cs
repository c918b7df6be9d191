using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Treasury;

public sealed class TreasuryDayTests
{
    [Theory]
    [InlineData("15/03/2026")]
    [InlineData("15/3/2026")]
    [InlineData(" 15/03/2026 ")]
    [InlineData("2026-03-15")]
    public void A_day_typed_the_vietnamese_way_or_linked_as_iso_is_the_same_day(string typed)
    {
        var day = TreasuryDay.Parse(typed);

        Assert.True(day.IsSuccess);
        Assert.Equal(new DateOnly(2026, 3, 15), day.Value);
    }

    [Theory]
    [InlineData("03/15/2026")]
    [InlineData("30/02/2026")]
    [InlineData("15-03-2026")]
    [InlineData("")]
    public void A_month_first_impossible_or_otherwise_written_day_is_refused(string typed)
    {
        var day = TreasuryDay.Parse(typed);

        Assert.False(day.IsSuccess);
        Assert.Equal("day", day.Error.Param);
    }
}
