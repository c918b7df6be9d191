using System.Net;
using System.Text.Json.Nodes;
using PayGov.Providers.BankTransfer;
using PayGov.Providers.Sandbox.BankTransfer;

namespace PayGov.Providers.Sandbox.Tests.BankTransfer;

/// <summary>
/// The fault switches on the bank's notifications and API, and the sender's retry rule (bank-notification.md §2.3)
/// against a merchant that answers as PayGov does: 200, 401 or 5xx.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class BankTransferFaultTests(SandboxFixture fixture) : IAsyncLifetime
{
    private const string Bank = "bank_transfer";

    private readonly BankSandboxClient bank = new(fixture);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => fixture.ResetFaultsAsync(Bank);

    private async Task<(StartPaymentResult Started, SandboxTransferResponse Transfer)> PayWithAsync(SandboxFaults faults, long? amount = null)
    {
        var started = await bank.StartAsync(125_000);
        await fixture.SetFaultsAsync(Bank, faults);
        return (started, await bank.TransferAsync(new SandboxTransferRequest(started.QrPayload, Amount: amount)));
    }

    [Fact]
    public async Task Duplicate_fault_sends_the_credit_twice_and_the_second_is_a_duplicate_of_the_first()
    {
        var (started, transfer) = await PayWithAsync(new SandboxFaults(DuplicateCallbacks: true));

        var notifications = await bank.NotificationsAsync(transfer.TransactionId, count: 2);
        var first = (await bank.VerifyAsync(notifications[0])).Notification!;
        var second = (await bank.VerifyAsync(notifications[1])).Notification!;

        Assert.Equal(2, notifications.Count);
        Assert.Equal(notifications[0].Body, notifications[1].Body);
        Assert.Equal(started.ProviderReference, second.ProviderReference);
        var recorded = new BankRecordedCredit(first.BankCredit!.AccountNumber, first.Amount, first.BankCredit.CreditTime);
        Assert.Equal(BankNotificationAnswer.Duplicate, recorded.CompareWith(second.BankCredit!));
        Assert.Equal(2, (await bank.SettledAsync(transfer.TransactionId)).Notifications.Count);
    }

    [Fact]
    public async Task Late_fault_delays_the_notification_but_delivers_it()
    {
        var (started, transfer) = await PayWithAsync(new SandboxFaults(LateCallbackMs: 300));

        var settled = await bank.SettledAsync(transfer.TransactionId);
        var verification = await bank.VerifyAsync((await bank.NotificationsAsync(transfer.TransactionId))[0]);

        Assert.Equal("delivered", Assert.Single(Assert.Single(settled.Notifications)).State);
        Assert.Equal(started.ProviderReference, verification.Notification!.ProviderReference);
    }

    [Fact]
    public async Task Wrong_amount_fault_reports_an_authentic_amount_the_statement_contradicts()
    {
        var (started, transfer) = await PayWithAsync(new SandboxFaults(WrongAmount: true));

        var verification = await bank.VerifyAsync((await bank.NotificationsAsync(transfer.TransactionId))[0]);
        var match = BankCreditMatcher.Match(verification.Notification!.BankCredit!, [started.ProviderReference], BankSandboxClient.Known(started.ProviderReference, 125_000));

        Assert.True(verification.IsVerified);
        Assert.Equal(126_000, verification.Notification.Amount);
        Assert.Equal(125_000, transfer.Amount);
        Assert.Equal(125_000, fixture.BankLedger.Find(transfer.TransactionId)!.Amount);
        Assert.Equal(BankCreditExceptionReason.Overpayment, match.ExceptionReason);
    }

    [Fact]
    public async Task Bad_signature_fault_is_answered_401_and_the_bank_does_not_retry_a_4xx()
    {
        var (_, transfer) = await PayWithAsync(new SandboxFaults(BadSignature: true));

        var settled = await bank.SettledAsync(transfer.TransactionId);
        var verification = await bank.VerifyAsync((await bank.NotificationsAsync(transfer.TransactionId))[0]);

        Assert.Equal(new SandboxTransferDelivery(1, 401, "given_up"), Assert.Single(Assert.Single(settled.Notifications)));
        Assert.Equal("signature_invalid", verification.RejectionReason);
    }

    [Fact]
    public async Task Tampered_body_fault_is_answered_401_and_not_retried()
    {
        var (_, transfer) = await PayWithAsync(new SandboxFaults(TamperedBody: true));

        var settled = await bank.SettledAsync(transfer.TransactionId);
        var received = (await bank.NotificationsAsync(transfer.TransactionId))[0];

        Assert.Equal(new SandboxTransferDelivery(1, 401, "given_up"), Assert.Single(Assert.Single(settled.Notifications)));
        Assert.Equal(126_000, JsonNode.Parse(received.Body)!["amount"]!.GetValue<long>());
        Assert.Equal("signature_invalid", (await bank.VerifyAsync(received)).RejectionReason);
    }

    [Fact]
    public async Task Stale_timestamp_fault_is_refused_once_then_retried_with_a_fresh_timestamp_and_accepted()
    {
        var (started, transfer) = await PayWithAsync(new SandboxFaults(StaleTimestamp: true));

        var settled = await bank.SettledAsync(transfer.TransactionId);
        var received = await bank.NotificationsAsync(transfer.TransactionId, count: 2);

        Assert.Equal([new SandboxTransferDelivery(1, 401, "retrying"), new SandboxTransferDelivery(2, 200, "delivered")], Assert.Single(settled.Notifications));
        Assert.Equal("timestamp_out_of_window", (await bank.VerifyAsync(received[0])).RejectionReason);
        Assert.Equal(started.ProviderReference, (await bank.VerifyAsync(received[1])).Notification!.ProviderReference);
        Assert.Equal(received[0].Body, received[1].Body);
        Assert.NotEqual(received[0].Signature, received[1].Signature);
    }

    [Fact]
    public async Task A_merchant_answering_5xx_gets_the_notification_again_re_signed_until_it_accepts()
    {
        var started = await bank.StartAsync(125_000);
        fixture.Merchant.RefuseNext(started.ProviderReference, times: 2);

        var transfer = await bank.TransferAsync(new SandboxTransferRequest(started.QrPayload));
        var settled = await bank.SettledAsync(transfer.TransactionId);
        var received = await bank.NotificationsAsync(transfer.TransactionId, count: 3);

        Assert.Equal(
            [new SandboxTransferDelivery(1, 500, "retrying"), new SandboxTransferDelivery(2, 500, "retrying"), new SandboxTransferDelivery(3, 200, "delivered")],
            Assert.Single(settled.Notifications));
        Assert.All(received, r => Assert.Equal(received[0].Body, r.Body));
    }

    [Fact]
    public async Task A_merchant_that_never_accepts_is_retried_for_the_retry_period_then_given_up()
    {
        var started = await bank.StartAsync(125_000);
        fixture.Merchant.RefuseNext(started.ProviderReference, times: 100);

        var transfer = await bank.TransferAsync(new SandboxTransferRequest(started.QrPayload));
        var deliveries = Assert.Single((await bank.SettledAsync(transfer.TransactionId)).Notifications);

        // 0.05, 0.1, 0.2, then 0.2 again while within the 1 s retry period: 1 + 6 deliveries.
        Assert.Equal(7, deliveries.Count);
        Assert.Equal("given_up", deliveries[^1].State);
        fixture.Merchant.RefuseNext(started.ProviderReference, times: 0);
    }

    [Fact]
    public async Task Server_error_fault_answers_500_and_books_nothing()
    {
        var started = await bank.StartAsync(125_000);
        await fixture.SetFaultsAsync(Bank, new SandboxFaults(Status5xx: true));

        using var response = await bank.PostTransferAsync(new SandboxTransferRequest(started.QrPayload));
        using var completion = await bank.CompleteAsync(started.ProviderReference, new SandboxCompletionRequest(SandboxCompletionRequest.Succeeded, started.QrPayload));
        await fixture.ResetFaultsAsync(Bank);
        var paidLater = await bank.TransferAsync(new SandboxTransferRequest(started.QrPayload));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, completion.StatusCode);
        var notifications = await bank.NotificationsAsync(started.ProviderReference);
        Assert.Equal(paidLater.TransactionId, JsonNode.Parse(Assert.Single(notifications).Body)!["transaction_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Timeout_fault_books_the_transfer_and_notifies_although_the_app_never_hears_back()
    {
        var started = await bank.StartAsync(125_000);
        await fixture.SetFaultsAsync(Bank, new SandboxFaults(Timeout: true));
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() =>
            impatient.PostAsync(new Uri(fixture.SandboxUrl, "/sandbox/bank/transfers"), System.Net.Http.Json.JsonContent.Create(new SandboxTransferRequest(started.QrPayload))));
        var verification = await bank.VerifyAsync((await bank.NotificationsAsync(started.ProviderReference))[0]);

        Assert.Equal(started.ProviderReference, verification.Notification!.ProviderReference);
    }

    [Fact]
    public async Task Latency_fault_slows_the_answer_and_counts_the_call()
    {
        var started = await bank.StartAsync(125_000);
        await fixture.SetFaultsAsync(Bank, new SandboxFaults(LatencyMs: 100));
        var before = fixture.Switchboard.CallCount(ProviderId.BankTransfer, "transfer");

        var transfer = await bank.TransferAsync(new SandboxTransferRequest(started.QrPayload));

        Assert.Equal(125_000, transfer.Amount);
        Assert.Equal(1, fixture.Switchboard.CallCount(ProviderId.BankTransfer, "transfer") - before);
    }
}
