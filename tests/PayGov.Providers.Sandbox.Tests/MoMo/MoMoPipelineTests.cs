using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PayGov.Providers.MoMo;
using Polly.CircuitBreaker;

namespace PayGov.Providers.Sandbox.Tests.MoMo;

/// <summary>The registration AddMoMo makes: validated options and a breaker whose open state means "not sent".</summary>
[Collection(SandboxCollection.Name)]
public sealed class MoMoPipelineTests(SandboxFixture fixture) : IAsyncLifetime
{
    private static MoMoPaymentCreateOptions Payment() =>
        new() { OrderId = MerchantReference.Create(TimeProvider.System.GetUtcNow()), Amount = 150_000, OrderInfo = "Lệ phí" };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.ResetFaultsAsync("momo");

    [Fact]
    public async Task Open_breaker_refuses_calls_before_sending_them_with_applied_no()
    {
        await using var clients = fixture.BuildClients(
            new Uri(fixture.SandboxUrl, "/sandbox/momo"),
            new Uri(fixture.SandboxUrl, "/sandbox/zalopay"),
            overrides: new Dictionary<string, string?>
            {
                ["Providers:MoMo:Resilience:BreakerMinimumThroughput"] = "2",
                ["Providers:MoMo:Resilience:BreakerFailureRatio"] = "0.5",
                ["Providers:MoMo:Resilience:BreakerBreakDuration"] = "00:01:00",
            });
        var client = clients.GetRequiredService<MoMoClient>();
        await fixture.SetFaultsAsync("momo", new SandboxFaults(Status5xx: true));
        await Assert.ThrowsAsync<ProviderUnavailableException>(() => client.CreatePaymentAsync(Payment()));
        await Assert.ThrowsAsync<ProviderUnavailableException>(() => client.CreatePaymentAsync(Payment()));
        var before = fixture.Switchboard.CallCount(ProviderId.MoMo, "create");

        var refused = await Assert.ThrowsAsync<ProviderUnavailableException>(() => client.CreatePaymentAsync(Payment()));

        Assert.Equal(ProviderApplied.No, refused.Applied);
        Assert.Equal(before, fixture.Switchboard.CallCount(ProviderId.MoMo, "create"));
        Assert.Equal(CircuitState.Open, clients.GetRequiredKeyedService<CircuitBreakerStateProvider>(ProviderId.MoMo).CircuitState);
    }

    [Fact]
    public async Task Missing_base_url_fails_options_validation()
    {
        await using var clients = fixture.BuildClients(
            new Uri(fixture.SandboxUrl, "/sandbox/momo"),
            new Uri(fixture.SandboxUrl, "/sandbox/zalopay"),
            overrides: new Dictionary<string, string?> { ["Providers:MoMo:BaseUrl"] = null });

        var error = Assert.Throws<OptionsValidationException>(() => clients.GetRequiredService<MoMoClient>());

        Assert.Contains(nameof(MoMoOptions.BaseUrl), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resilience_numbers_out_of_range_fail_options_validation()
    {
        await using var clients = fixture.BuildClients(
            new Uri(fixture.SandboxUrl, "/sandbox/momo"),
            new Uri(fixture.SandboxUrl, "/sandbox/zalopay"),
            overrides: new Dictionary<string, string?> { ["Providers:MoMo:Resilience:MaxRetryAttempts"] = "50" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => clients.GetRequiredService<MoMoClient>().QueryAsync("250314_X"));

        Assert.Contains(nameof(ProviderResilienceOptions.MaxRetryAttempts), error.Message, StringComparison.Ordinal);
    }
}
