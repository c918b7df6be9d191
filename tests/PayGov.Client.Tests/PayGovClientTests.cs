namespace PayGov.Client.Tests;

public sealed class PayGovClientTests
{
    private static readonly Uri Local = new("http://localhost:5080/");

    [Theory]
    [InlineData(-1)]
    [InlineData(PayGovClientOptions.MaxAllowedNetworkRetries + 1)]
    public void Retries_outside_the_allowed_range_are_refused(int retries)
    {
        Assert.Throws<ArgumentException>(() => new PayGovClient(new PayGovClientOptions { ApiKey = "sk_test_x", BaseUrl = Local, MaxNetworkRetries = retries }));
    }

    [Fact]
    public void A_relative_base_url_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PayGovClient(new PayGovClientOptions { ApiKey = "sk_test_x", BaseUrl = new Uri("/v1", UriKind.Relative) }));
    }

    [Fact]
    public void A_blank_api_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PayGovClient(new PayGovClientOptions { ApiKey = " ", BaseUrl = Local }));
    }

    [Fact]
    public void A_timeout_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PayGovClient(new PayGovClientOptions { ApiKey = "sk_test_x", BaseUrl = Local, Timeout = TimeSpan.Zero }));
    }

    [Fact]
    public void A_blank_id_is_refused_before_any_request()
    {
        using var client = new PayGovClient(new PayGovClientOptions { ApiKey = "sk_test_x", BaseUrl = Local });

        Assert.Throws<ArgumentException>(() => { _ = client.PaymentIntents.GetAsync(" "); });
    }
}
