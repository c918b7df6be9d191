using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PayGov.Client.Events;
using PayGov.Client.PaymentIntents;
using PayGov.Client.Webhooks;

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
    public async Task A_webhook_carrying_the_gateways_own_event_JSON_verifies_and_reads_as_that_event()
    {
        var key = await gateway.CreatePortalKeyAsync();
        using var client = gateway.CreateClient(key);
        var intent = await client.PaymentIntents.CreateAsync(Intents.Valid());
        using var http = new HttpClient { BaseAddress = gateway.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var listed = Assert.Single((await client.Events.ListAsync(new EventListOptions { ObjectId = intent.Id })).Data);
        var payload = await http.GetStringAsync($"/v1/events/{listed.Id}");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 2, 0, 0, TimeSpan.Zero));
        var signedAt = time.GetUtcNow().ToUnixTimeSeconds();
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes("whsec_portal"), Encoding.UTF8.GetBytes($"{signedAt}.{payload}")));

        var received = WebhookSignature.ConstructEvent(payload, $"t={signedAt},v1={signature}", ["whsec_portal"], WebhookSignature.DefaultTolerance, time);

        Assert.Equal(listed.Id, received.Id);
        Assert.Equal(EventTypes.PaymentIntentCreated, received.Type);
        Assert.Equal(intent.Id, received.Data.ToPaymentIntent().Id);
        Assert.Equal(intent.FeeItems[0].Budget.RevenueAgency, received.Data.ToPaymentIntent().FeeItems[0].Budget.RevenueAgency);
    }

    [Fact]
    public void Reading_an_object_of_another_kind_as_a_payment_intent_is_refused()
    {
        using var document = JsonDocument.Parse("""{"object":"refund","id":"re_1"}""");
        var data = new EventData { Object = document.RootElement.Clone(), Sequence = 1 };

        Assert.Throws<InvalidOperationException>(data.ToPaymentIntent);
    }
}
