using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Tests.BankTransfer;

public class VietQrPayloadTests
{
    private static VietQrRequest Valid() => new("970436", "1023456789", 125_000, "PG7K3M9QX2ABV");

    [Fact]
    public void Built_payload_reads_back_valid()
    {
        var payload = VietQrPayload.Build(Valid()).Payload!;

        var parsed = VietQrPayload.Parse(payload);

        Assert.Equal(VietQrVerdict.Valid, parsed.Verdict);
        Assert.Equal(payload, parsed.CanonicalPayload);
        Assert.All(payload, c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public void Purpose_with_diacritics_is_transliterated_not_refused()
    {
        var result = VietQrPayload.Build(Valid() with { Purpose = "Lệ phí Đợt 2" });

        Assert.Contains("0812Le phi Dot 2", result.Payload, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, VietQrPayload.AmountOutOfRange)]
    [InlineData(500_000_000L, VietQrPayload.AmountOutOfRange)]
    public void Amount_outside_napas_limits_is_refused(long amount, string error)
    {
        Assert.Equal(error, VietQrPayload.Build(Valid() with { Amount = amount }).Error);
    }

    [Theory]
    [InlineData("97043", "1023456789", VietQrPayload.BinInvalid)]
    [InlineData("970436", "10234567890123456789", VietQrPayload.AccountInvalid)]
    [InlineData("970436", "1023-456", VietQrPayload.AccountInvalid)]
    public void Bad_bank_or_account_is_refused(string bin, string account, string error)
    {
        Assert.Equal(error, VietQrPayload.Build(Valid() with { BinCode = bin, Account = account }).Error);
    }

    [Fact]
    public void City_over_15_characters_is_refused_not_cut()
    {
        Assert.Equal(VietQrPayload.CityTooLong, VietQrPayload.Build(Valid() with { City = "THANH PHO HO CHI MINH" }).Error);
    }

    [Fact]
    public void Name_is_written_unaccented_upper_case()
    {
        var payload = VietQrPayload.Build(Valid() with { Name = "Kho bạc Nhà nước" }).Payload;

        Assert.Contains("5916KHO BAC NHA NUOC", payload, StringComparison.Ordinal);
    }
}
