using Microsoft.Extensions.DependencyInjection;
using PayGov.Providers.VnPay;
using static PayGov.Providers.Sandbox.Tests.VnPay.VnPaySteps;

namespace PayGov.Providers.Sandbox.Tests.VnPay;

/// <summary>The sandbox's fault switches as the VNPAY client and a merchant see them, and what the resilience pipeline retries.</summary>
[Collection(SandboxCollection.Name)]
public sealed class VnPayFaultTests(SandboxFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.ResetFaultsAsync("vnpay");

    private int Calls(string command) => fixture.Switchboard.CallCount(ProviderId.VnPay, command);

    [Fact]
    public async Task Querydr_answered_with_server_errors_is_retried_by_the_pipeline()
    {
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(Status5xx: true));
        var before = Calls("querydr");

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => fixture.VnPay.QueryAsync(Query(Payment())));

        Assert.Equal(ProviderApplied.No, error.Applied);
        Assert.Equal(ProviderId.VnPay, error.ProviderId);
        Assert.Equal(1 + 2, Calls("querydr") - before);
    }

    [Fact]
    public async Task Refund_answered_with_a_server_error_is_not_retried_and_may_have_been_applied()
    {
        var (payment, transactionNo) = await PaidAsync(fixture);
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(Status5xx: true));
        var before = Calls("refund");

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => fixture.VnPay.RefundAsync(Refund(payment, transactionNo, 10_000)));

        Assert.Equal(ProviderApplied.Unknown, error.Applied);
        Assert.Equal(1, Calls("refund") - before);
    }

    [Fact]
    public async Task Refund_that_times_out_throws_applied_unknown_and_a_query_shows_it_was_made()
    {
        var (payment, transactionNo) = await PaidAsync(fixture);
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(Timeout: true));

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() => fixture.VnPay.RefundAsync(Refund(payment, transactionNo, 10_000)));
        await fixture.ResetFaultsAsync("vnpay");
        var settled = await fixture.VnPay.QueryAsync(Query(payment));

        Assert.Equal(ProviderApplied.Unknown, error.Applied);
        Assert.Equal("03", settled.TransactionType);
        Assert.Equal(RefundOutcome.Succeeded, settled.RefundOutcome);
    }

    [Fact]
    public async Task Per_call_timeout_shorter_than_the_latency_throws_unavailable()
    {
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(LatencyMs: 800));

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() =>
            fixture.VnPay.QueryAsync(Query(Payment()), new RequestOptions { Timeout = TimeSpan.FromMilliseconds(100) }));

        Assert.Equal(ProviderApplied.No, error.Applied);
    }

    [Fact]
    public async Task Latency_below_the_time_limits_only_slows_the_answer()
    {
        var (payment, _) = await PaidAsync(fixture);
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(LatencyMs: 50));

        var status = await fixture.VnPay.QueryAsync(Query(payment));

        Assert.Equal(VnPayQueryStatus.Succeeded, status.Status);
    }

    [Fact]
    public async Task Unreachable_provider_throws_unavailable_applied_no_even_for_a_refund()
    {
        var closed = SandboxFixture.UnreachableUrl();
        await using var clients = fixture.BuildClients(new Uri(closed, "momo"), new Uri(closed, "zalopay"), new Uri(closed, "vnpay"));
        var payment = Payment();

        var error = await Assert.ThrowsAsync<ProviderUnavailableException>(() =>
            clients.GetRequiredService<VnPayClient>().RefundAsync(Refund(payment, "14876543", 10_000)));

        Assert.Equal(ProviderApplied.No, error.Applied);
    }

    [Fact]
    public async Task Bad_signature_fault_sends_an_IPN_and_return_URL_that_fail_verification()
    {
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(BadSignature: true));
        var payment = Payment();

        var completion = await PayAsync(fixture, payment);
        var ipn = (await IpnsAsync(fixture, payment.TxnRef))[0];

        var verification = fixture.VnPay.VerifyCallback(ipn);
        Assert.False(verification.IsValid);
        Assert.Equal(VnPayIpnAnswer.InvalidSignature, VnPayIpn.Decide(verification, SandboxFixture.VnPayTmnCode, null).Answer);
        Assert.False(fixture.VnPay.VerifyCallback(completion.RedirectUrl).IsValid);
    }

    [Fact]
    public async Task Duplicate_callbacks_fault_sends_two_identical_IPNs_the_second_answered_already_confirmed()
    {
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(DuplicateCallbacks: true));
        var payment = Payment();

        await PayAsync(fixture, payment);
        var ipns = await IpnsAsync(fixture, payment.TxnRef, count: 2);

        Assert.Equal(2, ipns.Count);
        Assert.Equal(ipns[0], ipns[1]);
        var repeat = VnPayIpn.Decide(fixture.VnPay.VerifyCallback(ipns[1]), SandboxFixture.VnPayTmnCode, new VnPayAttemptSnapshot(payment.TxnRef, payment.Amount, IsAwaitingResult: false));
        Assert.Equal(VnPayIpnAnswer.OrderAlreadyConfirmed, repeat.Answer);
    }

    [Fact]
    public async Task Wrong_amount_fault_sends_an_authentic_IPN_answered_invalid_amount()
    {
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(WrongAmount: true));
        var payment = Payment();

        await PayAsync(fixture, payment);
        var verification = fixture.VnPay.VerifyCallback((await IpnsAsync(fixture, payment.TxnRef))[0]);

        Assert.True(verification.IsValid);
        Assert.Equal(payment.Amount + 1_000, verification.Notification.AmountDong);
        var decision = VnPayIpn.Decide(verification, SandboxFixture.VnPayTmnCode, new VnPayAttemptSnapshot(payment.TxnRef, payment.Amount, IsAwaitingResult: true));
        Assert.Equal(VnPayIpnAnswer.InvalidAmount, decision.Answer);
        Assert.Equal(VnPayIpnOutcome.RejectedAmount, decision.Outcome);
    }

    [Fact]
    public async Task Late_callback_fault_delays_the_IPN_but_still_delivers_it()
    {
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(LateCallbackMs: 300));
        var payment = Payment();

        await PayAsync(fixture, payment);
        var ipns = await IpnsAsync(fixture, payment.TxnRef);

        Assert.True(fixture.VnPay.VerifyCallback(ipns[0]).IsValid);
    }

    [Fact]
    public async Task No_callbacks_fault_sends_no_IPN_and_querydr_settles_the_payment()
    {
        await fixture.SetFaultsAsync("vnpay", new SandboxFaults(NoCallbacks: true));
        var payment = Payment();
        var probe = Payment();

        await PayAsync(fixture, payment);
        await fixture.ResetFaultsAsync("vnpay");
        await PayAsync(fixture, probe);
        await IpnsAsync(fixture, probe.TxnRef);
        var status = await fixture.VnPay.QueryAsync(Query(payment));

        // The IPN of a payment completed later has arrived, so one for the first payment would have too.
        Assert.Empty(fixture.Merchant.BodiesFor("vnpay", payment.TxnRef));
        Assert.Equal(VnPayQueryStatus.Succeeded, status.Status);
    }
}
