namespace PayGov.Providers.Tests;

public class QueryStringTests
{
    [Theory]
    [InlineData("a=1&b=x+y")]
    [InlineData("?a=1&b=x+y")]
    [InlineData("https://pay.paygov.example/pay/return?a=1&b=x%20y")]
    public void Query_string_url_and_leading_question_mark_give_the_same_pairs(string input)
    {
        Assert.Equal([new("a", "1"), new("b", "x y")], QueryString.Parse(input));
    }

    [Fact]
    public void A_bare_query_is_not_cut_at_a_question_mark_inside_a_value()
    {
        Assert.Equal([new("u", "https://x.example/?q"), new("a", "1")], QueryString.Parse("u=https://x.example/?q&a=1"));
    }

    [Fact]
    public void Each_value_is_decoded_exactly_once()
    {
        Assert.Equal([new("v", "HS%2F42+")], QueryString.Parse("v=HS%252F42%2B"));
    }
}
