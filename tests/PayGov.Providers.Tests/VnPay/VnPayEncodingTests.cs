using System.Text;
using PayGov.Providers.VnPay;

namespace PayGov.Providers.Tests.VnPay;

public class VnPayEncodingTests
{
    [Theory]
    [InlineData("AZaz09-_.", "AZaz09-_.")]
    [InlineData("a b", "a+b")]
    [InlineData(":/+%", "%3A%2F%2B%25")]
    [InlineData("ệ", "%E1%BB%87")]
    [InlineData("!*()~'", "%21%2A%28%29%7E%27")]
    public void Encodes_byte_for_byte_as_vnpay_signs(string value, string expected)
    {
        var builder = new StringBuilder();

        VnPaySignature.AppendEncoded(builder, value);

        Assert.Equal(expected, builder.ToString());
    }

    [Fact]
    public void Order_info_keeps_only_safe_characters()
    {
        var sanitised = VnPayOrderInfo.Sanitize("Lệ phí (đợt 1)! ~ 'A*B' #HS/1: x,y");

        Assert.Equal("Le phi dot 1 A B #HS/1: x,y", sanitised);
    }

    [Fact]
    public void Order_info_is_cut_at_255_characters()
    {
        Assert.Equal(255, VnPayOrderInfo.Sanitize(new string('a', 300)).Length);
    }
}
