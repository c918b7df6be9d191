using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Webhooks;

/// <summary>
/// Sends one lease's deliveries concurrently, then records every attempt in one transaction and schedules
/// the next try or gives up. A lease holds at most one node's concurrency worth of deliveries, so a node
/// that dies between sending and recording can repeat no more than that (at-least-once, bounded).
/// </summary>
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

    public async Task DeliverLeasedAsync(string leaseOwner, CancellationToken cancellationToken)
    {
        // The lease was written by a bulk update the change tracker never saw: entities it still tracks from the
        // fan-out would shadow the leased rows and hide their lease from the changes recorded below.
        db.ChangeTracker.Clear();
        var deliveries = await db.WebhookDeliveries.Where(d => d.LeaseOwner == leaseOwner).ToListAsync(cancellationToken);
        var endpointIds = deliveries.Select(d => d.EndpointId).Distinct().ToList();
        var eventIds = deliveries.Select(d => d.EventId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var bodies = (await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToListAsync(cancellationToken))
            .ToDictionary(e => e.Id, e => JsonSerializer.SerializeToUtf8Bytes(EventResponse.From(e), PayGovJson.Options));

        var outcomes = await Task.WhenAll(deliveries.Select(async delivery =>
        {
            var endpoint = endpoints[delivery.EndpointId];
            return endpoint.Status == WebhookEndpointStatus.Enabled
                ? await SendAsync(endpoint, bodies[delivery.EventId], delivery.EventId)
                : null;
        }));

        var now = time.GetUtcNow();
        for (var i = 0; i < deliveries.Count; i++)
        {
            Record(deliveries[i], outcomes[i], now);
        }

        // The attempts happened whatever the caller wants now: record them, or the next node would repeat them blind.
        await db.SaveChangesAsync(CancellationToken.None);
        foreach (var group in deliveries.Zip(outcomes).Where(x => x.Second is not null).GroupBy(x => x.First.EndpointId))
        {
            await UpdateEndpointHealthAsync(endpoints[group.Key], group.Any(x => x.Second!.Succeeded), group.Min(x => x.First.CreatedAt), now);
        }
    }

    private void Record(WebhookDelivery delivery, Outcome? outcome, DateTimeOffset now)
    {
        delivery.LeaseOwner = null;
        delivery.LeaseUntil = null;
        if (outcome is null)
        {
            Complete(delivery, WebhookDeliveryStatus.Abandoned, now);
            return;
        }

        delivery.AttemptCount++;
        delivery.Attempts.Add(new WebhookAttempt
        {
            AttemptNo = delivery.AttemptCount,
            At = outcome.At,
            StatusCode = outcome.Status,
            Error = outcome.Failure,
            DurationMs = outcome.ElapsedMs,
        });
        delivery.LastStatusCode = outcome.Status;
        delivery.LastError = outcome.Failure;
        if (outcome.Succeeded)
        {
            Complete(delivery, WebhookDeliveryStatus.Succeeded, now);
            logger.Delivered(delivery.EventId, delivery.EndpointId, delivery.AttemptCount, outcome.Status!.Value, outcome.ElapsedMs);
            return;
        }

        // The last try falls exactly at the end of the retry period, so the endpoint's 3 days of failure are
        // complete when its delivery is abandoned, and the endpoint is disabled in the same pass.
        var deadline = delivery.CreatedAt + options.Value.RetryPeriod;
        var next = now + WebhookRetrySchedule.DelayAfter(delivery.AttemptCount);
        if (now >= deadline)
        {
            Complete(delivery, WebhookDeliveryStatus.Abandoned, now);
            logger.DeliveryAbandoned(delivery.EventId, delivery.EndpointId, delivery.AttemptCount);
            return;
        }

        delivery.NextAttemptAt = next < deadline ? next : deadline;
        logger.DeliveryFailed(delivery.EventId, delivery.EndpointId, delivery.AttemptCount, outcome.Failure ?? $"HTTP {outcome.Status}", next);
    }

    private async Task<Outcome> SendAsync(WebhookEndpoint endpoint, byte[] body, string eventId)
    {
        var at = time.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Header(body, endpoint.SigningSecrets(at), at));
        request.Headers.TryAddWithoutValidation("PayGov-Event-Id", eventId);
        using var timeout = new CancellationTokenSource(options.Value.AttemptTimeout, time);
        var client = clients.CreateClient(endpoint.Livemode ? LiveClient : TestClient);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new Outcome(at, (int)response.StatusCode, null, stopwatch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException)
        {
            return new Outcome(at, null, "timed out", stopwatch.ElapsedMilliseconds);
        }
        catch (HttpRequestException ex)
        {
            return new Outcome(at, null, ex.HttpRequestError == HttpRequestError.Unknown ? "request failed" : ex.HttpRequestError.ToString(), stopwatch.ElapsedMilliseconds);
        }
    }

    /// <summary>
    /// An endpoint is healthy again at its first success; one that has failed for the whole retry period is
    /// disabled, its pending deliveries abandoned, and the portal told by a <c>webhook_endpoint.disabled</c> event.
    /// Conditional updates, so nodes delivering to one endpoint at once never overwrite each other.
    /// </summary>
    private async Task UpdateEndpointHealthAsync(WebhookEndpoint endpoint, bool succeeded, DateTimeOffset failingFrom, DateTimeOffset now)
    {
        var endpoints = db.WebhookEndpoints.Where(e => e.Id == endpoint.Id);
        if (succeeded)
        {
            if (endpoint.FailingSince is not null)
            {
                await endpoints.Where(e => e.FailingSince != null).ExecuteUpdateAsync(u => u.SetProperty(e => e.FailingSince, (DateTimeOffset?)null));
            }

            return;
        }

        if (endpoint.FailingSince is null)
        {
            // Failing since the oldest delivery it has not taken: from then on the portal was missing events.
            await endpoints.Where(e => e.FailingSince == null).ExecuteUpdateAsync(u => u.SetProperty(e => e.FailingSince, failingFrom));
            return;
        }

        var failingBefore = now - options.Value.RetryPeriod;
        var strategy = db.Database.CreateExecutionStrategy();
        var disabledEndpoint = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            // Disable, abandon and tell the portal in one transaction: a crash must not leave a silent disable.
            await using var transaction = await db.Database.BeginTransactionAsync();
            var disabled = await endpoints
                .Where(e => e.Status == WebhookEndpointStatus.Enabled && e.FailingSince != null && e.FailingSince <= failingBefore)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(e => e.Status, WebhookEndpointStatus.Disabled)
                    .SetProperty(e => e.DisabledAt, now)
                    .SetProperty(e => e.Version, e => e.Version + 1));
            if (disabled == 0)
            {
                return null;
            }

            await db.WebhookDeliveries
                .Where(d => d.EndpointId == endpoint.Id && d.Status == WebhookDeliveryStatus.Pending)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Abandoned).SetProperty(d => d.CompletedAt, now));
            var current = await db.WebhookEndpoints.AsNoTracking().FirstAsync(e => e.Id == endpoint.Id);
            outbox.Append(db, current.PortalId, current.Livemode, EventTypes.WebhookEndpointDisabled, current.Id, current.Version, WebhookEndpointResponse.From(current));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return current;
        });
        if (disabledEndpoint is not null)
        {
            logger.EndpointDisabled(disabledEndpoint.Id, disabledEndpoint.PortalId, disabledEndpoint.FailingSince ?? now);
        }
    }

    private static void Complete(WebhookDelivery delivery, WebhookDeliveryStatus status, DateTimeOffset now)
    {
        delivery.Status = status;
        delivery.CompletedAt = now;
    }

    private sealed record Outcome(DateTimeOffset At, int? Status, string? Failure, long ElapsedMs)
    {
        public bool Succeeded => Status is >= 200 and < 300;
    }
}
