using PayGov.Client.PaymentIntents;

namespace PayGov.Client.Tests;

[Collection(GatewayCollection.Name)]
public sealed class ProblemTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_zero_amount_is_amount_invalid_on_param_amount_with_the_whole_problem()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());

        var problem = await Assert.ThrowsAsync<PayGovException>(() => client.PaymentIntents.CreateAsync(Intents.Valid(amount: 0)));

        Assert.Equal(HttpStatusCode.BadRequest, problem.HttpStatus);
        Assert.Equal(ErrorCodes.AmountInvalid, problem.Code);
        Assert.Equal("amount", problem.Param);
        Assert.False(string.IsNullOrEmpty(problem.Detail));
        Assert.False(string.IsNullOrEmpty(problem.TraceId));
        Assert.Contains("\"code\":\"amount_invalid\"", problem.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fee_items_that_do_not_add_up_are_fee_items_amount_mismatch()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        var valid = Intents.Valid(amount: 150_000);
        var options = new PaymentIntentCreateOptions { Amount = 200_000, Reference = valid.Reference, FeeItems = valid.FeeItems };

        var problem = await Assert.ThrowsAsync<PayGovException>(() => client.PaymentIntents.CreateAsync(options));

        Assert.Equal(ErrorCodes.FeeItemsAmountMismatch, problem.Code);
        Assert.Equal("fee_items", problem.Param);
    }

    [Fact]
    public async Task An_unknown_intent_is_resource_missing()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());

        var problem = await Assert.ThrowsAsync<PayGovException>(() => client.PaymentIntents.GetAsync("pi_doesnotexist"));

        Assert.Equal(HttpStatusCode.NotFound, problem.HttpStatus);
        Assert.Equal(ErrorCodes.ResourceMissing, problem.Code);
    }

    [Fact]
    public async Task Another_portals_intent_is_resource_missing()
    {
        using var owner = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        using var stranger = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        var intent = await owner.PaymentIntents.CreateAsync(Intents.Valid());

        var problem = await Assert.ThrowsAsync<PayGovException>(() => stranger.PaymentIntents.GetAsync(intent.Id));

        Assert.Equal(ErrorCodes.ResourceMissing, problem.Code);
    }

    [Fact]
    public async Task An_unknown_api_key_is_api_key_invalid()
    {
        using var client = gateway.CreateClient("sk_test_" + Guid.NewGuid().ToString("N"));

        var problem = await Assert.ThrowsAsync<PayGovException>(() => client.PaymentIntents.ListAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, problem.HttpStatus);
        Assert.Equal(ErrorCodes.ApiKeyInvalid, problem.Code);
    }

    [Fact]
    public async Task A_per_call_api_key_overrides_the_clients()
    {
        var key = await gateway.CreatePortalKeyAsync();
        using var client = gateway.CreateClient("sk_test_" + Guid.NewGuid().ToString("N"));

        var intent = await client.PaymentIntents.CreateAsync(Intents.Valid(), new RequestOptions { ApiKey = key });

        Assert.StartsWith("pi_", intent.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_limit_over_the_maximum_is_parameter_invalid_on_limit()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());

        var problem = await Assert.ThrowsAsync<PayGovException>(() =>
            client.PaymentIntents.ListAsync(new PaymentIntentListOptions { Limit = ListOptions.MaxLimit + 1 }));

        Assert.Equal(ErrorCodes.ParameterInvalid, problem.Code);
        Assert.Equal("limit", problem.Param);
    }

    [Fact]
    public async Task A_base_url_with_a_path_prefix_keeps_the_prefix_and_an_unknown_route_is_route_not_found()
    {
        var recorder = new AttemptRecorder { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(recorder);
        using var client = new PayGovClient(
            new PayGovClientOptions { ApiKey = await gateway.CreatePortalKeyAsync(), BaseUrl = new Uri(gateway.BaseAddress, "paygov") },
            http);

        var problem = await Assert.ThrowsAsync<PayGovException>(() =>
            client.PaymentIntents.ListAsync(new PaymentIntentListOptions { Reference = "H26 000/1", Limit = 5 }));

        Assert.Equal("/paygov/v1/payment_intents?reference=H26%20000%2F1&limit=5", Assert.Single(recorder.RequestPaths));
        Assert.Equal(HttpStatusCode.NotFound, problem.HttpStatus);
        Assert.Equal(ErrorCodes.RouteNotFound, problem.Code);
    }
}
