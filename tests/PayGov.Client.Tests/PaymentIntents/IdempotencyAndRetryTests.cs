using Microsoft.EntityFrameworkCore;

namespace PayGov.Client.Tests.PaymentIntents;

[Collection(GatewayCollection.Name)]
public sealed class IdempotencyAndRetryTests(GatewayFixture gateway)
{
    [Fact]
    public async Task The_same_idempotency_key_twice_returns_the_same_intent_as_a_replay()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        var options = Intents.Valid();
        var request = new RequestOptions { IdempotencyKey = "dossier-" + options.Reference };

        var first = await client.PaymentIntents.CreateAsync(options, request);
        var second = await client.PaymentIntents.CreateAsync(options, request);

        Assert.Equal(first.Id, second.Id);
        Assert.False(first.LastResponse!.IdempotentReplayed);
        Assert.True(second.LastResponse!.IdempotentReplayed);
        Assert.Equal(request.IdempotencyKey, second.LastResponse.IdempotencyKey);
        Assert.Equal(1, await IntentsWithReferenceAsync(options.Reference));
    }

    [Fact]
    public async Task A_lost_first_answer_is_retried_with_the_same_generated_key_and_answered_by_a_replay()
    {
        var transport = new AnswerLostOnFirstAttempt();
        var clock = new RetryClock();
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync(), transport, clock, timeout: RetryClock.AttemptTimeout);
        var options = Intents.Valid();

        var intent = await clock.DriveAsync(client.PaymentIntents.CreateAsync(options));

        Assert.Equal(2, transport.IdempotencyKeys.Count);
        Assert.NotNull(transport.IdempotencyKeys[0]);
        Assert.Equal(transport.IdempotencyKeys[0], transport.IdempotencyKeys[1]);
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created], transport.ServerAnswers);
        Assert.True(intent.LastResponse!.IdempotentReplayed);
        Assert.Equal(2, intent.LastResponse.Attempts);
        Assert.Equal(1, await IntentsWithReferenceAsync(options.Reference));
        var delay = Assert.Single(clock.RetryDelays);
        Assert.InRange(delay, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task A_503_before_the_gateway_is_retried_and_creates_the_intent_once()
    {
        var transport = new UnavailableOnFirstAttempt();
        var clock = new RetryClock();
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync(), transport, clock, timeout: RetryClock.AttemptTimeout);
        var options = Intents.Valid();

        var intent = await clock.DriveAsync(client.PaymentIntents.CreateAsync(options));

        Assert.Equal(2, intent.LastResponse!.Attempts);
        Assert.False(intent.LastResponse.IdempotentReplayed);
        Assert.Equal(transport.IdempotencyKeys[0], transport.IdempotencyKeys[1]);
        Assert.Equal(1, await IntentsWithReferenceAsync(options.Reference));
    }

    [Fact]
    public async Task No_answer_after_every_retry_is_a_PayGovNetworkException_carrying_the_key_to_retry_with()
    {
        var clock = new RetryClock();
        using var client = new PayGovClient(
            new PayGovClientOptions { ApiKey = "sk_test_unused", BaseUrl = ClosedPort(), MaxNetworkRetries = 2, Timeout = RetryClock.AttemptTimeout },
            timeProvider: clock);

        var failure = await Assert.ThrowsAsync<PayGovNetworkException>(() => clock.DriveAsync(client.PaymentIntents.CreateAsync(Intents.Valid())));

        Assert.Equal(3, failure.Attempts);
        Assert.StartsWith("paygov-net-", failure.IdempotencyKey, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(failure.InnerException);
        Assert.Null(failure.HttpStatus);
        Assert.Equal(2, clock.RetryDelays.Count);
        Assert.InRange(clock.RetryDelays[0], TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500));
        Assert.InRange(clock.RetryDelays[1], TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1000));
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_retried_with_the_same_key()
    {
        var transport = new HangsOnFirstAttempt();
        var clock = new RetryClock();
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync(), transport, clock, timeout: RetryClock.AttemptTimeout);
        var options = Intents.Valid();

        var call = client.PaymentIntents.CreateAsync(options);
        await clock.ExpireNextAttemptAsync();
        var intent = await clock.DriveAsync(call);

        Assert.Equal(2, intent.LastResponse!.Attempts);
        Assert.Equal(transport.IdempotencyKeys[0], transport.IdempotencyKeys[1]);
        Assert.Equal([HttpStatusCode.Created], transport.ServerAnswers);
        Assert.Equal(1, await IntentsWithReferenceAsync(options.Reference));
    }

    [Fact]
    public async Task Cancelling_during_the_back_off_stops_the_call_without_another_attempt()
    {
        var clock = new RetryClock();
        var transport = new AttemptRecorder { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(transport);
        using var client = new PayGovClient(
            new PayGovClientOptions { ApiKey = "sk_test_unused", BaseUrl = ClosedPort(), MaxNetworkRetries = 2, Timeout = RetryClock.AttemptTimeout },
            http,
            clock);
        using var cancellation = new CancellationTokenSource();

        var call = client.PaymentIntents.GetAsync("pi_any", cancellationToken: cancellation.Token);
        await clock.NextRetryDelayAsync();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(transport.IdempotencyKeys);
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_idempotency_key_reused_and_not_retried()
    {
        var recorder = new AttemptRecorder();
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync(), recorder);
        var request = new RequestOptions { IdempotencyKey = "key-" + Guid.NewGuid().ToString("N") };
        await client.PaymentIntents.CreateAsync(Intents.Valid(), request);

        var reused = await Assert.ThrowsAsync<PayGovException>(() => client.PaymentIntents.CreateAsync(Intents.Valid(amount: 90_000), request));

        Assert.Equal(ErrorCodes.IdempotencyKeyReused, reused.Code);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.HttpStatus);
        Assert.Equal(2, recorder.IdempotencyKeys.Count);
    }

    [Fact]
    public async Task Every_POST_carries_a_fresh_key_per_call_and_GETs_carry_none()
    {
        var recorder = new AttemptRecorder();
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync(), recorder);

        var first = await client.PaymentIntents.CreateAsync(Intents.Valid());
        await client.PaymentIntents.CreateAsync(Intents.Valid());
        await client.PaymentIntents.CancelAsync(first.Id);
        await client.PaymentIntents.GetAsync(first.Id);

        var keys = recorder.IdempotencyKeys;
        Assert.Equal(3, keys.Take(3).Distinct().Count());
        Assert.All(keys.Take(3), Assert.NotNull);
        Assert.Null(keys[3]);
    }

    [Fact]
    public async Task An_idempotency_key_the_gateway_would_refuse_fails_before_any_attempt()
    {
        var recorder = new AttemptRecorder();
        using var client = gateway.CreateClient("sk_test_unused", recorder);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.PaymentIntents.CreateAsync(Intents.Valid(), new RequestOptions { IdempotencyKey = "hồ sơ 123" }));

        Assert.Empty(recorder.IdempotencyKeys);
    }

    private static Uri ClosedPort()
    {
        // A port that was just free: nothing listens on it, so connecting is refused at once.
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    private Task<int> IntentsWithReferenceAsync(string reference) =>
        gateway.WithDbAsync(db => db.PaymentIntents.CountAsync(p => p.Reference == reference));
}
