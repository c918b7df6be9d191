using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Providers.MoMo;

namespace PayGov.Providers.Sandbox.Tests.MoMo;

/// <summary>The sandbox's fault switches as the MoMo client and a merchant see them, and what the resilience pipeline retries.</summary>
[Collection(SandboxCollection.Name)]
public sealed class MoMoFaultTests(SandboxFixture fixture) : IAsyncLifetime
{
    private static string NewReference() => MerchantReference.Create(TimeProvider.System.GetUtcNow());

    private static MoMoPaymentCreateOptions Payment() => new() { OrderId = NewReference(), Amount = 150_000, OrderInfo = "Lệ phí hộ tịch" };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.ResetFaultsAsync("momo");

    private async Task<IReadOnlyList<string>> CompleteAndCollectAsync(string orderId, int expected)
    {
        using var response = await fixture.Http.PostAsJsonAsync(
            new Uri(fixture.SandboxUrl, "/sandbox/momo/pay/" + orderId + "/complete"),
            new SandboxCompletionRequest(SandboxCompletionRequest.Succeeded));
        response.EnsureSuccessStatusCode();
        await Eventually.TrueAsync(() => fixture.Merchant.BodiesFor("momo", orderId).Count >= expected);
        return fixture.Merchant.BodiesFor("momo", orderId);
    }

    private static MoMoCallbackVerification Verify(string body) =>
        MoMoCallback.VerifyIpn(body, SandboxFixture.MoMoAccessKey, [SandboxFixture.MoMoSecretKey]);

    [Fact]
    public async Task Create_answered_with_a_server_error_throws_unavailable_applied_unknown_and_is_sent_once()
    {
        await fixture.SetFaultsAsync("momo", new SandboxFaults(Status5xx: true));
        var before = fixture.Switchboard.CallCount(ProviderId.MoMo, "create");

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => fixture.MoMo.CreatePaymentAsync(Payment()));

        Assert.Equal(ProviderApplied.Unknown, error.Applied);
        Assert.Equal(ProviderId.MoMo, error.ProviderId);
        Assert.Equal(1, fixture.Switchboard.CallCount(ProviderId.MoMo, "create") - before);
    }

    [Fact]
    public async Task Query_answered_with_server_errors_is_retried_by_the_pipeline()
    {
        await fixture.SetFaultsAsync("momo", new SandboxFaults(Status5xx: true));
        var before = fixture.Switchboard.CallCount(ProviderId.MoMo, "query");

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => fixture.MoMo.QueryAsync(NewReference()));

        Assert.Equal(ProviderApplied.No, error.Applied);
        Assert.Equal(1 + 2, fixture.Switchboard.CallCount(ProviderId.MoMo, "query") - before);
    }

    [Fact]
    public async Task Refund_answered_with_a_server_error_is_not_retried()
    {
        await fixture.SetFaultsAsync("momo", new SandboxFaults(Status5xx: true));
        var before = fixture.Switchboard.CallCount(ProviderId.MoMo, "refund");

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() =>
            fixture.MoMo.RefundAsync(new() { RefundId = NewReference(), TransId = 1, Amount = 10_000 }));

        Assert.Equal(ProviderApplied.Unknown, error.Applied);
        Assert.Equal(1, fixture.Switchboard.CallCount(ProviderId.MoMo, "refund") - before);
    }

    [Fact]
    public async Task Create_that_times_out_throws_unavailable_applied_unknown_and_a_query_finds_the_order()
    {
        var options = Payment();
        await fixture.SetFaultsAsync("momo", new SandboxFaults(Timeout: true));

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => fixture.MoMo.CreatePaymentAsync(options));
        await fixture.ResetFaultsAsync("momo");
        var settled = await fixture.MoMo.QueryAsync(options.OrderId);

        Assert.Equal(ProviderApplied.Unknown, error.Applied);
        Assert.Equal(1000, settled.ResultCode);
    }

    [Fact]
    public async Task Per_call_timeout_shorter_than_the_latency_throws_unavailable_applied_unknown()
    {
        await fixture.SetFaultsAsync("momo", new SandboxFaults(LatencyMs: 800));

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() =>
            fixture.MoMo.CreatePaymentAsync(Payment(), new RequestOptions { Timeout = TimeSpan.FromMilliseconds(100) }));

        Assert.Equal(ProviderApplied.Unknown, error.Applied);
    }

    [Fact]
    public async Task Unreachable_provider_throws_unavailable_applied_no()
    {
        var closed = SandboxFixture.UnreachableUrl();
        await using var clients = fixture.BuildClients(new Uri(closed, "momo"), new Uri(closed, "zalopay"));

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() =>
            clients.GetRequiredService<MoMoClient>().CreatePaymentAsync(Payment()));

        Assert.Equal(ProviderApplied.No, error.Applied);
    }

    [Fact]
    public async Task Bad_signature_fault_sends_an_IPN_that_fails_verification()
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment());
        await fixture.SetFaultsAsync("momo", new SandboxFaults(BadSignature: true));

        var bodies = await CompleteAndCollectAsync(payment.OrderId, expected: 1);

        Assert.Equal(MoMoCallbackVerdict.SignatureInvalid, Verify(bodies[0]).Verdict);
    }

    [Fact]
    public async Task Duplicate_callbacks_fault_sends_two_identical_IPNs()
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment());
        await fixture.SetFaultsAsync("momo", new SandboxFaults(DuplicateCallbacks: true));

        var bodies = await CompleteAndCollectAsync(payment.OrderId, expected: 2);

        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0], bodies[1]);
        Assert.True(Verify(bodies[0]).IsValid);
    }

    [Fact]
    public async Task Wrong_amount_fault_sends_an_authentic_IPN_the_gateway_rejects_for_its_amount()
    {
        var options = Payment();
        await fixture.MoMo.CreatePaymentAsync(options);
        await fixture.SetFaultsAsync("momo", new SandboxFaults(WrongAmount: true));

        var bodies = await CompleteAndCollectAsync(options.OrderId, expected: 1);
        var verification = Verify(bodies[0]);

        Assert.True(verification.IsValid);
        Assert.NotEqual(options.Amount, verification.Notification.Amount);
        var decision = MoMoIpn.Decide(verification, SandboxFixture.MoMoPartnerCode, new MoMoAttemptSnapshot(options.OrderId, options.Amount, IsOpen: true));
        Assert.Equal(MoMoIpnOutcome.RejectedAmount, decision.Outcome);
    }

    [Fact]
    public async Task Late_callback_fault_delays_the_IPN_but_still_delivers_it()
    {
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment());
        await fixture.SetFaultsAsync("momo", new SandboxFaults(LateCallbackMs: 300));

        var bodies = await CompleteAndCollectAsync(payment.OrderId, expected: 1);

        Assert.True(Verify(bodies[0]).IsValid);
    }

    [Fact]
    public async Task Reset_turns_every_fault_off()
    {
        await fixture.SetFaultsAsync("momo", new SandboxFaults(Status5xx: true));

        await fixture.ResetFaultsAsync("momo");
        var payment = await fixture.MoMo.CreatePaymentAsync(Payment());

        Assert.True(payment.IsCreated);
    }
}
