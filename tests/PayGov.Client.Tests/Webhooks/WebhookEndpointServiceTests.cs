using System.Text.Json;
using PayGov.Client.Events;
using PayGov.Client.Infrastructure;
using PayGov.Client.Webhooks;

namespace PayGov.Client.Tests.Webhooks;

[Collection(GatewayCollection.Name)]
public sealed class WebhookEndpointServiceTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Create_list_get_rotate_and_delete_an_endpoint()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());

        var created = await client.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = new Uri("https://portal.example.vn/paygov/webhooks"),
            EnabledEvents = [EventTypes.PaymentIntentSucceeded, EventTypes.PaymentIntentCanceled],
            Description = "Cổng DVC",
        });
        var listed = await client.WebhookEndpoints.ListAsync();
        var read = await client.WebhookEndpoints.GetAsync(created.Id);
        var rotated = await client.WebhookEndpoints.RotateSecretAsync(created.Id, new WebhookEndpointRotateSecretOptions { OverlapSeconds = 3600 });
        var deleted = await client.WebhookEndpoints.DeleteAsync(created.Id);

        Assert.StartsWith("we_", created.Id, StringComparison.Ordinal);
        Assert.StartsWith("whsec_", created.Secret, StringComparison.Ordinal);
        Assert.Equal(WebhookEndpointStatus.Enabled, created.Status);
        Assert.Equal(new Uri("https://portal.example.vn/paygov/webhooks"), created.Url);
        Assert.Equal([EventTypes.PaymentIntentSucceeded, EventTypes.PaymentIntentCanceled], created.EnabledEvents);
        Assert.Equal("Cổng DVC", created.Description);
        Assert.Equal(HttpStatusCode.Created, created.LastResponse!.StatusCode);
        Assert.Equal(created.Id, Assert.Single(listed.Data).Id);
        Assert.Null(listed.Data[0].Secret);
        Assert.Equal(created.Id, read.Id);
        Assert.Null(read.Secret);
        Assert.StartsWith("whsec_", rotated.Secret, StringComparison.Ordinal);
        Assert.NotEqual(created.Secret, rotated.Secret);
        Assert.NotNull(rotated.PreviousSecretExpiresAt);
        Assert.Equal(WebhookEndpointStatus.Deleted, deleted.Status);
    }

    [Fact]
    public async Task An_unknown_event_type_is_refused_with_its_param()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());

        var refused = await Assert.ThrowsAsync<PayGovException>(() => client.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions
        {
            Url = new Uri("https://portal.example.vn/paygov/webhooks"),
            EnabledEvents = ["payment_intent.teleported"],
        }));

        Assert.Equal(ErrorCodes.ParameterInvalid, refused.Code);
        Assert.Equal("enabled_events", refused.Param);
    }

    [Fact]
    public async Task A_foreign_endpoint_id_is_missing()
    {
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());

        var refused = await Assert.ThrowsAsync<PayGovException>(() => client.WebhookEndpoints.GetAsync("we_nothere"));

        Assert.Equal(ErrorCodes.ResourceMissing, refused.Code);
    }

    [Fact]
    public async Task A_created_intent_is_delivered_signed_logged_and_replayed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = gateway.CreateClient(await gateway.CreatePortalKeyAsync());
        var endpoint = await client.WebhookEndpoints.CreateAsync(new WebhookEndpointCreateOptions { Url = receiver.Url, EnabledEvents = ["*"] });

        var intent = await client.PaymentIntents.CreateAsync(Intents.Valid());

        var delivered = Assert.Single(await receiver.WaitForAsync(r => r.Body.Contains(intent.Id, StringComparison.Ordinal)));
        var received = WebhookSignature.ConstructEvent(delivered.Body, delivered.Signature, [endpoint.Secret!], WebhookSignature.DefaultTolerance, TimeProvider.System);
        Assert.Equal(EventTypes.PaymentIntentCreated, received.Type);
        Assert.Equal(received.Id, delivered.EventId);
        Assert.Equal(intent.Id, received.Data.ToPaymentIntent().Id);

        var log = await WaitForSucceededDeliveryAsync(client, received.Id);
        var delivery = Assert.Single(log.Data);
        Assert.Equal(endpoint.Id, delivery.WebhookEndpoint);
        Assert.Equal(received.Id, delivery.EventId);
        var attempt = Assert.Single(delivery.Attempts);
        Assert.Equal(1, attempt.AttemptNo);
        Assert.Equal(200, attempt.StatusCode);

        var replayed = await client.Events.ReplayDeliveryAsync(received.Id, delivery.Id);

        Assert.Equal(delivery.Id, replayed.Id);
        var both = await receiver.WaitForAsync(r => r.EventId == received.Id, count: 2);
        var again = WebhookSignature.ConstructEvent(both[1].Body, both[1].Signature, [endpoint.Secret!], WebhookSignature.DefaultTolerance, TimeProvider.System);
        Assert.Equal(received.Id, again.Id);
    }

    [Fact]
    public void Statuses_this_version_does_not_know_read_as_unknown()
    {
        var endpoint = JsonSerializer.Deserialize<WebhookEndpoint>("""{"id":"we_1","url":"https://p.example.vn/h","status":"paused"}""", ClientJson.Options)!;
        var delivery = JsonSerializer.Deserialize<WebhookDelivery>("""{"id":"whd_1","event_id":"evt_1","webhook_endpoint":"we_1","status":"parked"}""", ClientJson.Options)!;

        Assert.Equal(WebhookEndpointStatus.Unknown, endpoint.Status);
        Assert.Equal(WebhookDeliveryStatus.Unknown, delivery.Status);
    }

    // The receiver's 200 can arrive before the gateway has written the attempt down, so the log is read until it says so.
    private static async Task<PayGovList<WebhookDelivery>> WaitForSucceededDeliveryAsync(PayGovClient client, string eventId)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var log = await client.Events.ListDeliveriesAsync(eventId);
            if (log.Data.Count > 0 && log.Data.All(d => d.Status == WebhookDeliveryStatus.Succeeded))
            {
                return log;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The delivery log never showed the delivery as succeeded.");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
