namespace PayGov.Client.Tests.PaymentIntents;

public sealed class RateLimitRetryTests(RateLimitedGatewayFixture gateway) : IClassFixture<RateLimitedGatewayFixture>
{
    [Fact]
    public async Task A_429_is_retried_no_sooner_than_Retry_After_says()
    {
        var transport = new AttemptRecorder();
        var clock = new RetryClock();
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync(), transport, clock, timeout: RetryClock.AttemptTimeout);
        await client.PaymentIntents.CreateAsync(Intents.Valid());

        // The gateway's window moves on the server's clock, so the server's time moves with the client's wait.
        var second = await clock.DriveAsync(client.PaymentIntents.CreateAsync(Intents.Valid()), gateway.ServerTime.Advance);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.Created], transport.ServerAnswers);
        Assert.Equal(2, second.LastResponse!.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(60), Assert.Single(clock.RetryDelays));
        Assert.Equal(transport.IdempotencyKeys[1], transport.IdempotencyKeys[2]);
    }

    [Fact]
    public async Task Without_retries_a_429_surfaces_as_rate_limited()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync(), maxNetworkRetries: 0);
        await client.PaymentIntents.CreateAsync(Intents.Valid());

        var limited = await Assert.ThrowsAsync<PayGovException>(() => client.PaymentIntents.CreateAsync(Intents.Valid()));

        Assert.Equal(ErrorCodes.RateLimited, limited.Code);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.HttpStatus);
    }
}
