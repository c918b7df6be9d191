using Microsoft.EntityFrameworkCore;
using PayGov.Client.Events;
using PayGov.Client.PaymentIntents;
using PayGov.Client.Refunds;

namespace PayGov.Client.Tests.Refunds;

[Collection(GatewayCollection.Name)]
public sealed class RefundServiceTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Create_without_amount_refunds_the_whole_payment_and_get_reads_it_back()
    {
        var key = await gateway.CreatePortalKeyAsync();
        using var client = gateway.CreateClient(key);
        var intent = await PaidIntentAsync(client, key);

        var refund = await client.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Reason = "Hồ sơ bị từ chối" });
        var read = await client.Refunds.GetAsync(refund.Id);
        var refundedIntent = await client.PaymentIntents.GetAsync(intent.Id);

        Assert.StartsWith("re_", refund.Id, StringComparison.Ordinal);
        Assert.Equal(RefundStatus.Succeeded, refund.Status);
        Assert.Equal(150_000L, refund.Amount);
        Assert.Equal("VND", refund.Currency);
        Assert.Equal(intent.Id, refund.PaymentIntent);
        Assert.StartsWith("pa_", refund.PaymentAttempt, StringComparison.Ordinal);
        Assert.Equal("portal", refund.Origin);
        Assert.Equal("momo", refund.Provider);
        Assert.Equal("Hồ sơ bị từ chối", refund.Reason);
        Assert.NotNull(refund.ProviderRefundId);
        Assert.NotNull(refund.CompletedAt);
        Assert.Equal(HttpStatusCode.Created, refund.LastResponse!.StatusCode);
        Assert.StartsWith("paygov-net-", refund.LastResponse.IdempotencyKey, StringComparison.Ordinal);
        Assert.Equal(refund.Id, read.Id);
        Assert.Equal(refund.Sequence, read.Sequence);
        Assert.Equal(150_000L, refundedIntent.AmountRefunded);
    }

    [Fact]
    public async Task Refunding_more_than_is_left_is_refused_with_a_stable_code()
    {
        var key = await gateway.CreatePortalKeyAsync();
        using var client = gateway.CreateClient(key);
        var intent = await PaidIntentAsync(client, key);
        await client.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 100_000 });

        var refused = await Assert.ThrowsAsync<PayGovException>(() => client.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 50_001 }));

        Assert.Equal("amount_exceeds_refundable", refused.Code);
        Assert.Equal("amount", refused.Param);
        Assert.Equal(HttpStatusCode.BadRequest, refused.HttpStatus);
    }

    [Fact]
    public async Task A_lost_first_answer_is_retried_with_the_same_generated_key_and_refunds_once()
    {
        var key = await gateway.CreatePortalKeyAsync();
        using var payer = gateway.CreateClient(key);
        var intent = await PaidIntentAsync(payer, key);
        var transport = new AnswerLostOnFirstAttempt();
        var clock = new RetryClock();
        using var client = gateway.CreateClient(key, transport, clock, timeout: RetryClock.AttemptTimeout);

        var refund = await clock.DriveAsync(client.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 20_000 }));

        Assert.Equal(2, transport.IdempotencyKeys.Count);
        Assert.Equal(transport.IdempotencyKeys[0], transport.IdempotencyKeys[1]);
        Assert.True(refund.LastResponse!.IdempotentReplayed);
        Assert.Equal(1, await gateway.WithDbAsync(db => db.Refunds.CountAsync(r => r.IntentId == intent.Id)));
        Assert.Equal(20_000L, (await client.PaymentIntents.GetAsync(intent.Id)).AmountRefunded);
    }

    [Fact]
    public async Task List_filters_by_intent_and_auto_paging_yields_each_refund_once()
    {
        var key = await gateway.CreatePortalKeyAsync();
        using var client = gateway.CreateClient(key);
        var intent = await PaidIntentAsync(client, key);
        var other = await PaidIntentAsync(client, key);
        var created = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            created.Add((await client.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 10_000 })).Id);
        }

        await client.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = other.Id, Amount = 10_000 });

        var page = await client.Refunds.ListAsync(new RefundListOptions { PaymentIntent = intent.Id, Limit = 2 });
        var all = new List<string>();
        await foreach (var refund in client.Refunds.ListAutoPagingAsync(new RefundListOptions { PaymentIntent = intent.Id, Limit = 2 }))
        {
            all.Add(refund.Id);
        }

        Assert.Equal(2, page.Data.Count);
        Assert.True(page.HasMore);
        Assert.Equal(5, all.Count);
        Assert.True(created.SetEquals(all));
    }

    [Fact]
    public async Task Refund_events_read_back_as_refunds_and_as_nothing_else()
    {
        var key = await gateway.CreatePortalKeyAsync();
        using var client = gateway.CreateClient(key);
        var intent = await PaidIntentAsync(client, key);
        var refund = await client.Refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 30_000 });

        var events = await client.Events.ListAsync(new EventListOptions { ObjectId = refund.Id });

        var succeeded = Assert.Single(events.Data, e => e.Type == EventTypes.RefundSucceeded);
        Assert.Single(events.Data, e => e.Type == EventTypes.RefundCreated);
        Assert.Equal(refund.Id, succeeded.Data.ToRefund().Id);
        Assert.Equal(RefundStatus.Succeeded, succeeded.Data.ToRefund().Status);
        Assert.Equal(refund.Sequence, succeeded.Data.Sequence);
        Assert.Throws<InvalidOperationException>(succeeded.Data.ToPaymentIntent);
    }

    private async Task<PaymentIntent> PaidIntentAsync(PayGovClient client, string key)
    {
        var intent = await client.PaymentIntents.CreateAsync(Intents.Valid());
        await gateway.PayAsync(key, intent.Id);
        return intent;
    }
}
