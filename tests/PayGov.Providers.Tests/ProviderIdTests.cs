namespace PayGov.Providers.Tests;

public class ProviderIdTests
{
    [Theory]
    [InlineData(ProviderId.VnPay, "vnpay")]
    [InlineData(ProviderId.MoMo, "momo")]
    [InlineData(ProviderId.ZaloPay, "zalopay")]
    [InlineData(ProviderId.BankTransfer, "bank_transfer")]
    public void Wire_names_round_trip(ProviderId id, string wireName)
    {
        Assert.Equal(wireName, id.ToWireName());
        Assert.True(ProviderIdExtensions.TryParseWireName(wireName, out var parsed));
        Assert.Equal(id, parsed);
    }

    [Theory]
    [InlineData("VNPAY")]
    [InlineData("bank-transfer")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_wire_names_are_refused(string? wireName)
    {
        Assert.False(ProviderIdExtensions.TryParseWireName(wireName, out _));
    }

    [Fact]
    public void Every_defined_provider_has_a_wire_name()
    {
        Assert.All(Enum.GetValues<ProviderId>(), id => Assert.False(string.IsNullOrEmpty(id.ToWireName())));
    }

    [Fact]
    public void Exceptions_share_one_root_and_carry_provider_code_and_applied()
    {
        ProviderException[] exceptions =
        [
            new ProviderUnavailableException(ProviderId.MoMo, ProviderApplied.Unknown, "time-out"),
            new ProviderProtocolException(ProviderId.ZaloPay, ProviderApplied.No, "missing field", "-401"),
            new SignatureVerificationException(ProviderId.VnPay, ProviderApplied.No, "bad hash", "97"),
        ];

        Assert.Equal(ProviderApplied.Unknown, exceptions[0].Applied);
        Assert.Equal("-401", exceptions[1].ProviderCode);
        Assert.Equal(ProviderId.VnPay, exceptions[2].ProviderId);
    }

    [Theory]
    [InlineData(999, false)]
    [InlineData(1_000, true)]
    [InlineData(50_000_000, true)]
    [InlineData(50_000_001, false)]
    public void Limits_include_their_bounds(long amount, bool allowed)
    {
        Assert.Equal(allowed, new ProviderLimits(1_000, 50_000_000).Allows(amount));
    }
}
