using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Webhooks;

/// <summary>Sends one leased delivery once, records the attempt, and schedules the next one or gives up.</summary>
public sealed class WebhookSender(
    PayGovDbContext db,
    IHttpClientFactory clients,
    EventOutbox outbox,
    TimeProvider time,
    IOptions<WebhooksOptions> options,
    ILogger<WebhookSender> logger)
{
    public const string LiveClient = "webhooks-live";
    public const string TestClient = "webhooks-test";

    public async Task DeliverAsync(string deliveryId, string leaseOwner, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.LeaseOwner == leaseOwner, cancellationToken);
        if (delivery is null)
        {
            return;
        }

        var endpoint = await db.WebhookEndpoints.AsNoTracking().FirstAsync(e => e.Id == delivery.EndpointId, cancellationToken);
        if (endpoint.Status != WebhookEndpointStatus.Enabled)
        {
            Complete(delivery, WebhookDeliveryStatus.Abandoned);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var row = await db.Events.AsNoTracking().FirstAsync(e => e.Id == delivery.EventId, cancellationToken);
        var body = JsonSerializer.SerializeToUtf8Bytes(EventResponse.From(row), PayGovJson.Options);
        var attemptedAt = time.GetUtcNow();
        var (status, failure, elapsed) = await SendAsync(endpoint, body, attemptedAt, row.Id);

        delivery.AttemptCount++;
        delivery.Attempts.Add(new WebhookAttempt { AttemptNo = delivery.AttemptCount, At = attemptedAt, StatusCode = status, Error = failure, DurationMs = elapsed });
        delivery.LastStatusCode = status;
        delivery.LastError = failure;
        delivery.LeaseOwner = null;
        delivery.LeaseUntil = null;
        var now = time.GetUtcNow();
        if (status is >= 200 and < 300)
        {
            Complete(delivery, WebhookDeliveryStatus.Succeeded);
            logger.Delivered(row.Id, endpoint.Id, delivery.AttemptCount, status.Value, elapsed);
        }
        else
        {
            var next = now + WebhookRetrySchedule.DelayAfter(delivery.AttemptCount);
            if (next - delivery.CreatedAt > options.Value.RetryPeriod)
            {
                Complete(delivery, WebhookDeliveryStatus.Abandoned);
                logger.DeliveryAbandoned(row.Id, endpoint.Id, delivery.AttemptCount);
            }
            else
            {
                delivery.NextAttemptAt = next;
                logger.DeliveryFailed(row.Id, endpoint.Id, delivery.AttemptCount, failure ?? $"HTTP {status}", next);
            }
        }

        // The attempt happened whatever the caller wants now: record it, or the next node would repeat it blind.
        await db.SaveChangesAsync(CancellationToken.None);
        await UpdateEndpointHealthAsync(endpoint, succeeded: status is >= 200 and < 300, now);
    }

    private async Task<(int? Status, string? Failure, long ElapsedMs)> SendAsync(WebhookEndpoint endpoint, byte[] body, DateTimeOffset signedAt, string eventId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Header(body, endpoint.SigningSecrets(signedAt), signedAt));
        request.Headers.TryAddWithoutValidation("PayGov-Event-Id", eventId);
        using var timeout = new CancellationTokenSource(options.Value.AttemptTimeout, time);
        var client = clients.CreateClient(endpoint.Livemode ? LiveClient : TestClient);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, null, stopwatch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException)
        {
            return (null, "timed out", stopwatch.ElapsedMilliseconds);
        }
        catch (HttpRequestException ex)
        {
            return (null, ex.HttpRequestError == HttpRequestError.Unknown ? "request failed" : ex.HttpRequestError.ToString(), stopwatch.ElapsedMilliseconds);
        }
    }

    /// <summary>
    /// An endpoint is healthy again at its first success; one that has failed for the whole retry period is
    /// disabled, its pending deliveries abandoned, and the portal told by a <c>webhook_endpoint.disabled</c> event.
    /// Conditional updates, so concurrent deliveries to one endpoint never overwrite each other.
    /// </summary>
    private async Task UpdateEndpointHealthAsync(WebhookEndpoint endpoint, bool succeeded, DateTimeOffset now)
    {
        var endpoints = db.WebhookEndpoints.Where(e => e.Id == endpoint.Id);
        if (succeeded)
        {
            await endpoints.Where(e => e.FailingSince != null).ExecuteUpdateAsync(u => u.SetProperty(e => e.FailingSince, (DateTimeOffset?)null));
            return;
        }

        await endpoints.Where(e => e.FailingSince == null).ExecuteUpdateAsync(u => u.SetProperty(e => e.FailingSince, now));
        var failingBefore = now - options.Value.RetryPeriod;
        var disabled = await endpoints
            .Where(e => e.Status == WebhookEndpointStatus.Enabled && e.FailingSince != null && e.FailingSince <= failingBefore)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, WebhookEndpointStatus.Disabled).SetProperty(e => e.DisabledAt, now));
        if (disabled == 0)
        {
            return;
        }

        await db.WebhookDeliveries
            .Where(d => d.EndpointId == endpoint.Id && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Abandoned).SetProperty(d => d.CompletedAt, now));
        db.ChangeTracker.Clear();
        var current = await db.WebhookEndpoints.AsNoTracking().FirstAsync(e => e.Id == endpoint.Id);
        outbox.Append(db, current.PortalId, current.Livemode, EventTypes.WebhookEndpointDisabled, current.Id, current.Version + 1, WebhookEndpointResponse.From(current));
        await db.SaveChangesAsync(CancellationToken.None);
        logger.EndpointDisabled(current.Id, current.PortalId, current.FailingSince ?? now);
    }

    private void Complete(WebhookDelivery delivery, WebhookDeliveryStatus status)
    {
        delivery.Status = status;
        delivery.CompletedAt = time.GetUtcNow();
        delivery.LeaseOwner = null;
        delivery.LeaseUntil = null;
    }
}
