using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PayGov.Providers.VnPay;
using Polly.CircuitBreaker;
using static PayGov.Providers.Sandbox.Tests.VnPay.VnPaySteps;

namespace PayGov.Providers.Sandbox.Tests.VnPay;

/// <summary>The registration AddVnPay makes: validated options and a breaker whose open state means "not sent".</summary>
[Collection(SandboxCollection.Name)]
public sealed class VnPayPipelineTests(SandboxFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.ResetFaultsAsync("vnpay");

    private ServiceProvider Clients(Dictionary<string, string?> overrides) =>
        fixture.BuildClients(new Uri(fixture.SandboxUrl, "/sandbox/momo"), new Uri(fixture.SandboxUrl, "/sandbox/zalopay"), overrides: overrides);

    [Fact]
    public async Task Open_breaker_refuses_calls_before_sending_them_with_applied_no()
    {
        await using var clients = Clients(new()
        {
            ["Providers:VnPay:Resilience:BreakerMinimumThroughput"] = "2",
            ["Providers:VnPay:Resilience:BreakerFailureRatio"] = "0.5",
            ["Providers:VnPay:Resilience:BreakerBreakDuration"] = "00:01:00",
            ["Providers:VnPay:Resilience:MaxRetryAttempts"] = "0",
        });
        var client = clients.GetRequiredService<VnPayClient>();
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(Status5xx: true));
        await Assert.ThrowsAsync<ProviderUnavailableException>(() => client.QueryAsync(Query(Payment())));
        await Assert.ThrowsAsync<ProviderUnavailableException>(() => client.QueryAsync(Query(Payment())));
        var before = fixture.Switchboard.CallCount(ProviderId.VnPay, "refund");

        var refused = await Assert.ThrowsAsync<ProviderUnavailableException>(() => client.RefundAsync(Refund(Payment(), "14876543", 10_000)));

        Assert.Equal(ProviderApplied.No, refused.Applied);
        Assert.Equal(before, fixture.Switchboard.CallCount(ProviderId.VnPay, "refund"));
        Assert.Equal(CircuitState.Open, clients.GetRequiredKeyedService<CircuitBreakerStateProvider>(ProviderId.VnPay).CircuitState);
    }

    [Fact]
    public async Task Missing_api_url_fails_options_validation()
    {
        await using var clients = Clients(new() { ["Providers:VnPay:ApiUrl"] = null });

        var error = Assert.Throws<OptionsValidationException>(() => clients.GetRequiredService<VnPayClient>());

        Assert.Contains(nameof(VnPayOptions.ApiUrl), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terminal_code_that_is_not_eight_letters_or_digits_fails_options_validation()
    {
        await using var clients = Clients(new() { ["Providers:VnPay:TmnCode"] = "PGOV-01" });

        var error = Assert.Throws<OptionsValidationException>(() => clients.GetRequiredService<VnPayPaymentProvider>());

        Assert.Contains(nameof(VnPayOptions.TmnCode), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Amount_outside_the_configured_limits_is_refused_before_any_URL_is_built()
    {
        var payment = Payment();

        Assert.Throws<ArgumentOutOfRangeException>(() => fixture.VnPay.CreatePaymentUrl(new VnPayPaymentCreateOptions
        {
            TxnRef = payment.TxnRef,
            Amount = 4_999,
            OrderInfo = payment.OrderInfo,
            CreatedAt = payment.CreatedAt,
            ExpiresAt = payment.ExpiresAt,
        }));
        Assert.Equal(new ProviderLimits(5_000, 500_000_000), fixture.VnPayAdapter.Limits);
    }
}
