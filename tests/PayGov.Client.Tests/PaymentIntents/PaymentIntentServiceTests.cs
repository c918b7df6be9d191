using PayGov.Client.PaymentIntents;

namespace PayGov.Client.Tests.PaymentIntents;

[Collection(GatewayCollection.Name)]
public sealed class PaymentIntentServiceTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Create_returns_the_intent_with_its_amount_in_dong_fee_items_and_budget_codes()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        var options = Intents.Valid(amount: 150_000);

        var intent = await client.PaymentIntents.CreateAsync(options);

        Assert.StartsWith("pi_", intent.Id, StringComparison.Ordinal);
        Assert.Equal(PaymentIntentStatus.RequiresPaymentMethod, intent.Status);
        Assert.Equal(150_000L, intent.Amount);
        Assert.Equal("VND", intent.Currency);
        Assert.Equal(options.Reference, intent.Reference);
        var item = Assert.Single(intent.FeeItems);
        Assert.Equal(150_000L, item.Amount);
        Assert.Equal("00004", item.Budget.AreaCode);
        Assert.Equal("H26-123", intent.Metadata["dossier"]);
        Assert.Contains($"/pay/{intent.Id}?cs=", intent.CheckoutUrl.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, intent.Sequence);
        Assert.Equal(HttpStatusCode.Created, intent.LastResponse!.StatusCode);
        Assert.False(intent.LastResponse.IdempotentReplayed);
        Assert.StartsWith("paygov-net-", intent.LastResponse.IdempotencyKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_returns_the_intent_as_created()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        var created = await client.PaymentIntents.CreateAsync(Intents.Valid());

        var read = await client.PaymentIntents.GetAsync(created.Id);

        Assert.Equal(created.Id, read.Id);
        Assert.Equal(created.Amount, read.Amount);
        Assert.Equal(created.CreatedAt, read.CreatedAt);
        Assert.Equal(HttpStatusCode.OK, read.LastResponse!.StatusCode);
        Assert.Null(read.LastResponse.IdempotencyKey);
    }

    [Fact]
    public async Task List_returns_one_page_and_says_whether_more_follow()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        for (var i = 0; i < 3; i++)
        {
            await client.PaymentIntents.CreateAsync(Intents.Valid());
        }

        var page = await client.PaymentIntents.ListAsync(new PaymentIntentListOptions { Limit = 2 });

        Assert.Equal(2, page.Data.Count);
        Assert.True(page.HasMore);
        Assert.Equal("list", page.Object);
    }

    [Fact]
    public async Task List_filters_by_status_and_reference()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        var kept = await client.PaymentIntents.CreateAsync(Intents.Valid());
        var canceled = await client.PaymentIntents.CreateAsync(Intents.Valid());
        await client.PaymentIntents.CancelAsync(canceled.Id);

        var byStatus = await client.PaymentIntents.ListAsync(new PaymentIntentListOptions { Status = PaymentIntentStatus.Canceled });
        var byReference = await client.PaymentIntents.ListAsync(new PaymentIntentListOptions { Reference = kept.Reference });

        Assert.Equal(canceled.Id, Assert.Single(byStatus.Data).Id);
        Assert.Equal(kept.Id, Assert.Single(byReference.Data).Id);
    }

    [Fact]
    public async Task Auto_paging_follows_starting_after_across_pages_and_yields_each_intent_once()
    {
        var recorder = new AttemptRecorder();
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync(), recorder);
        var created = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            created.Add((await client.PaymentIntents.CreateAsync(Intents.Valid())).Id);
        }

        var listed = new List<string>();
        await foreach (var intent in client.PaymentIntents.ListAutoPagingAsync(new PaymentIntentListOptions { Limit = 2 }))
        {
            listed.Add(intent.Id);
        }

        Assert.Equal(5, listed.Count);
        Assert.Equal(created, listed.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(5 + 3, recorder.IdempotencyKeys.Count);
        Assert.All(recorder.IdempotencyKeys.Skip(5), Assert.Null);
    }

    [Fact]
    public async Task Auto_paging_starts_after_the_given_cursor()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        for (var i = 0; i < 3; i++)
        {
            await client.PaymentIntents.CreateAsync(Intents.Valid());
        }

        var newest = (await client.PaymentIntents.ListAsync(new PaymentIntentListOptions { Limit = 1 })).Data[0];

        var rest = new List<PaymentIntent>();
        await foreach (var intent in client.PaymentIntents.ListAutoPagingAsync(new PaymentIntentListOptions { Limit = 1, StartingAfter = newest.Id }))
        {
            rest.Add(intent);
        }

        Assert.Equal(2, rest.Count);
        Assert.DoesNotContain(rest, intent => intent.Id == newest.Id);
    }

    [Fact]
    public async Task Cancel_records_the_reason_and_a_second_cancel_is_intent_not_cancelable_without_retrying()
    {
        var recorder = new AttemptRecorder();
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync(), recorder);
        var intent = await client.PaymentIntents.CreateAsync(Intents.Valid());

        var canceled = await client.PaymentIntents.CancelAsync(intent.Id, new PaymentIntentCancelOptions { CancellationReason = "dossier withdrawn" });
        var attemptsBefore = recorder.IdempotencyKeys.Count;
        var again = await Assert.ThrowsAsync<PayGovException>(() => client.PaymentIntents.CancelAsync(intent.Id));

        Assert.Equal(PaymentIntentStatus.Canceled, canceled.Status);
        Assert.Equal("dossier withdrawn", canceled.CancellationReason);
        Assert.NotNull(canceled.CanceledAt);
        Assert.Equal(2, canceled.Sequence);
        Assert.Equal(ErrorCodes.IntentNotCancelable, again.Code);
        Assert.Equal(HttpStatusCode.Conflict, again.HttpStatus);
        Assert.Equal(attemptsBefore + 1, recorder.IdempotencyKeys.Count);
    }
}
