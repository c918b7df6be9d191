using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Treasury;

/// <summary>What a treasury page takes from its address: the day typed or linked, and where sign-in returns to.</summary>
public sealed class TreasuryPageInputTests
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
    [InlineData("01/01/0001")]
    [InlineData("31/12/9999")]
    [InlineData("31/12/1999")]
    public void A_month_first_impossible_out_of_range_or_otherwise_written_day_is_refused(string typed)
    {
        var day = TreasuryDay.Parse(typed);

        Assert.False(day.IsSuccess);
        Assert.Equal("day", day.Error.Param);
    }

    [Theory]
    [InlineData("/treasury/exceptions?kind=é", "/treasury")]
    [InlineData("/treasury/x\r\nSet-Cookie: a=b", "/treasury")]
    [InlineData("//evil.example/treasury", "/treasury")]
    [InlineData("/treasury/exceptions?kind=duplicate", "/treasury/exceptions?kind=duplicate")]
    public void Sign_in_returns_only_to_a_printable_treasury_address(string asked, string expected) =>
        Assert.Equal(expected, TreasuryReturnPath.Safe(asked));
}
