using PayGov.Gateway.Infrastructure.Auth;

namespace PayGov.Gateway.Tests.Domain;

public sealed class ApiKeySecretTests
{
    [Theory]
    [InlineData(ApiKeyMode.Test, "sk_test_")]
    [InlineData(ApiKeyMode.Live, "sk_live_")]
    public void Generated_keys_carry_their_mode_and_are_unique(ApiKeyMode mode, string prefix)
    {
        var keys = Enumerable.Range(0, 20).Select(_ => ApiKeySecret.Generate(mode)).ToList();

        Assert.All(keys, key => Assert.StartsWith(prefix, key, StringComparison.Ordinal));
        Assert.All(keys, key => Assert.Equal(mode, ApiKeySecret.ModeOf(key)));
        Assert.Equal(20, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("sk_test_short")]
    [InlineData("pk_test_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("sk_test_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!")]
    public void Strings_not_shaped_like_keys_have_no_mode(string candidate) =>
        Assert.Null(ApiKeySecret.ModeOf(candidate));

    [Fact]
    public void Only_a_short_prefix_is_ever_displayed()
    {
        var key = ApiKeySecret.Generate(ApiKeyMode.Test);

        Assert.Equal(12, ApiKeySecret.DisplayPrefix(key).Length);
        Assert.Equal(32, ApiKeySecret.Hash(key).Length);
    }
}
