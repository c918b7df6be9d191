using System.Text.Json;
using PayGov.Client.Events;
using PayGov.Client.PaymentIntents;

namespace PayGov.Client.Tests.Events;

[Collection(GatewayCollection.Name)]
public sealed class EventServiceTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_canceled_intent_has_created_and_canceled_events_carrying_the_intent_and_its_sequence()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        var intent = await client.PaymentIntents.CreateAsync(Intents.Valid());
        await client.PaymentIntents.CancelAsync(intent.Id);

        var events = await client.Events.ListAsync(new EventListOptions { ObjectId = intent.Id });

        Assert.Equal([EventTypes.PaymentIntentCanceled, EventTypes.PaymentIntentCreated], events.Data.Select(e => e.Type));
        Assert.Equal([2, 1], events.Data.Select(e => e.Data.Sequence));
        var canceled = events.Data[0].Data.ToPaymentIntent();
        Assert.Equal(intent.Id, canceled.Id);
        Assert.Equal(PaymentIntentStatus.Canceled, canceled.Status);
        Assert.Equal(2, canceled.Sequence);
        Assert.Equal("payment_intent", events.Data[0].Data.Object.GetProperty("object").GetString());
    }

    [Fact]
    public async Task Get_returns_the_listed_event()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        var intent = await client.PaymentIntents.CreateAsync(Intents.Valid());
        var listed = Assert.Single((await client.Events.ListAsync(new EventListOptions { ObjectId = intent.Id })).Data);

        var read = await client.Events.GetAsync(listed.Id);

        Assert.StartsWith("evt_", read.Id, StringComparison.Ordinal);
        Assert.Equal(listed.Id, read.Id);
        Assert.Equal(EventTypes.PaymentIntentCreated, read.Type);
        Assert.Equal(intent.Amount, read.Data.ToPaymentIntent().Amount);
    }

    [Fact]
    public async Task Auto_paging_reads_every_event_of_a_type_across_pages()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        for (var i = 0; i < 3; i++)
        {
            var intent = await client.PaymentIntents.CreateAsync(Intents.Valid());
            await client.PaymentIntents.CancelAsync(intent.Id);
        }

        var canceled = new List<Event>();
        await foreach (var e in client.Events.ListAutoPagingAsync(new EventListOptions { Type = EventTypes.PaymentIntentCanceled, Limit = 2 }))
        {
            canceled.Add(e);
        }

        Assert.Equal(3, canceled.Count);
        Assert.All(canceled, e => Assert.Equal(EventTypes.PaymentIntentCanceled, e.Type));
        Assert.Equal(3, canceled.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Reading_an_object_of_another_kind_as_a_payment_intent_is_refused()
    {
        using var document = JsonDocument.Parse("""{"object":"refund","id":"re_1"}""");
        var data = new EventData { Object = document.RootElement.Clone(), Sequence = 1 };

        Assert.Throws<InvalidOperationException>(data.ToPaymentIntent);
    }
}
