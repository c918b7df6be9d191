using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Webhooks;

/// <summary>The portal's use cases for webhook endpoints and their delivery log.</summary>
public sealed class WebhookEndpointService(PayGovDbContext db, TimeProvider time, WebhookSignal signal)
{
    private const string SecretAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public async Task<Result<(WebhookEndpoint Endpoint, string Secret)>> CreateAsync(
        AuthenticatedPortal portal, CreateWebhookEndpointRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(request);
        if (await WebhookUrlPolicy.CheckAsync(request.Url, portal.Livemode, cancellationToken) is { } urlError)
        {
            return urlError;
        }

        var endpoint = new WebhookEndpoint
        {
            Id = Ids.New(Ids.WebhookEndpoint, time),
            PortalId = portal.PortalId,
            Livemode = portal.Livemode,
            Url = request.Url!,
            EnabledEvents = request.EnabledEvents!.Distinct(StringComparer.Ordinal).ToList(),
            Description = request.Description,
            Secret = NewSecret(),
            CreatedAt = time.GetUtcNow(),
        };
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return (endpoint, endpoint.Secret);
    }

    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(AuthenticatedPortal portal, CancellationToken cancellationToken) =>
        await OwnedBy(portal).AsNoTracking().OrderByDescending(e => e.Id).ToListAsync(cancellationToken);

    public async Task<Result<WebhookEndpoint>> GetAsync(AuthenticatedPortal portal, string id, CancellationToken cancellationToken)
    {
        var endpoint = await FindAsync(portal, id, cancellationToken);
        return endpoint is null ? NotFound(id) : endpoint;
    }

    /// <summary>Stops deliveries to the endpoint; its log stays readable through the events it received.</summary>
    public async Task<Result<WebhookEndpoint>> DeleteAsync(AuthenticatedPortal portal, string id, CancellationToken cancellationToken)
    {
        var endpoint = await FindAsync(portal, id, cancellationToken);
        if (endpoint is null)
        {
            return NotFound(id);
        }

        endpoint.Status = WebhookEndpointStatus.Deleted;
        endpoint.Version++;
        await db.SaveChangesAsync(cancellationToken);
        var now = time.GetUtcNow();
        await db.WebhookDeliveries
            .Where(d => d.EndpointId == id && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Abandoned).SetProperty(d => d.CompletedAt, now), cancellationToken);
        return endpoint;
    }

    /// <summary>Issues a new secret; the previous one keeps signing (as a second <c>v1</c>) for the overlap.</summary>
    public async Task<Result<(WebhookEndpoint Endpoint, string Secret)>> RotateSecretAsync(
        AuthenticatedPortal portal, string id, TimeSpan overlap, CancellationToken cancellationToken)
    {
        var endpoint = await FindAsync(portal, id, cancellationToken);
        if (endpoint is null)
        {
            return NotFound(id);
        }

        endpoint.PreviousSecret = endpoint.Secret;
        endpoint.PreviousSecretExpiresAt = time.GetUtcNow() + overlap;
        endpoint.Secret = NewSecret();
        endpoint.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return (endpoint, endpoint.Secret);
    }

    /// <summary>Turns a disabled endpoint back on; deliveries of events from now on resume.</summary>
    public async Task<Result<WebhookEndpoint>> EnableAsync(AuthenticatedPortal portal, string id, CancellationToken cancellationToken)
    {
        var endpoint = await FindAsync(portal, id, cancellationToken);
        if (endpoint is null)
        {
            return NotFound(id);
        }

        endpoint.Status = WebhookEndpointStatus.Enabled;
        endpoint.DisabledAt = null;
        endpoint.FailingSince = null;
        endpoint.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return endpoint;
    }

    public async Task<Result<IReadOnlyList<WebhookDelivery>>> DeliveriesOfAsync(AuthenticatedPortal portal, string eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portal);
        if (!Ids.HasPrefix(eventId, Ids.Event)
            || !await db.Events.AnyAsync(e => e.Id == eventId && e.PortalId == portal.PortalId && e.Livemode == portal.Livemode, cancellationToken))
        {
            return new ApiError(ErrorCodes.ResourceMissing, $"No event '{eventId}'.", "id");
        }

        return await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.EventId == eventId && d.PortalId == portal.PortalId)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Sends a delivery again now, whatever became of it, unless its endpoint is gone or off.</summary>
    public async Task<Result<WebhookDelivery>> ReplayAsync(AuthenticatedPortal portal, string eventId, string deliveryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var delivery = Ids.HasPrefix(deliveryId, Ids.WebhookDelivery)
            ? await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.EventId == eventId && d.PortalId == portal.PortalId, cancellationToken)
            : null;
        var endpoint = delivery is null ? null : await OwnedBy(portal).AsNoTracking().FirstOrDefaultAsync(e => e.Id == delivery.EndpointId, cancellationToken);
        if (delivery is null || endpoint is null)
        {
            return new ApiError(ErrorCodes.ResourceMissing, $"No delivery '{deliveryId}' of event '{eventId}'.", "id");
        }

        if (endpoint.Status != WebhookEndpointStatus.Enabled)
        {
            return new ApiError(ErrorCodes.DeliveryNotReplayable, $"The endpoint is {endpoint.Status.ToString().ToLowerInvariant()}.", "id");
        }

        if (delivery.LeaseUntil > time.GetUtcNow())
        {
            // A node is sending it right now; a second lease would record the same attempt twice.
            return new ApiError(ErrorCodes.DeliveryNotReplayable, "The delivery is being sent right now; replay it once it has an outcome.", "id");
        }

        delivery.Status = WebhookDeliveryStatus.Pending;
        delivery.NextAttemptAt = time.GetUtcNow();
        delivery.CompletedAt = null;
        delivery.LeaseUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return delivery;
    }

    /// <summary>The portal's endpoint, tracked; a string that is not an endpoint id is not looked up at all.</summary>
    private Task<WebhookEndpoint?> FindAsync(AuthenticatedPortal portal, string id, CancellationToken cancellationToken) =>
        Ids.HasPrefix(id, Ids.WebhookEndpoint)
            ? OwnedBy(portal).FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            : Task.FromResult<WebhookEndpoint?>(null);

    private IQueryable<WebhookEndpoint> OwnedBy(AuthenticatedPortal portal) =>
        db.WebhookEndpoints.OwnedBy(portal).Where(e => e.Status != WebhookEndpointStatus.Deleted);

    private static ApiError NotFound(string id) => new(ErrorCodes.ResourceMissing, $"No webhook endpoint '{id}'.", "id");

    private static string NewSecret() => "whsec_" + RandomNumberGenerator.GetString(SecretAlphabet, 32);
}
