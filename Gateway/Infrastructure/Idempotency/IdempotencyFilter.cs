using System.Text;
using System.Text.Json;
using PayGov.Gateway.Infrastructure.Auth;

namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>
/// DESIGN §5: the same key and body replays the first response; the same key with another body is 422;
/// the same key while the first request runs is 409. Only a request that created something is remembered:
/// a rejected one frees its key, as nothing was stored.
/// </summary>
public sealed class IdempotencyFilter(IIdempotencyStore store, RequestIdempotency current) : IEndpointFilter
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var portal = AuthenticatedPortal.FromPrincipal(http.User)
            ?? throw new InvalidOperationException("The idempotency filter runs only behind API-key authentication.");
        var header = http.Request.Headers[IdempotencyKey.HeaderName].ToString();
        if (header.Length == 0 && http.GetEndpoint()?.Metadata.GetMetadata<IdempotencyKeyPolicy>() is { KeyRequired: false })
        {
            return await next(context);
        }

        if (IdempotencyKey.Validate(header) is { } invalid)
        {
            return Problems.From(invalid);
        }

        var digest = http.Features.Get<RequestBodyDigest>()?.Sha256 ?? [];
        var key = new IdempotencyKey(header, IdempotencyKey.Fingerprint(http.Request.Method, http.Request.Path, digest));
        var ct = http.RequestAborted;
        var reservation = await store.ReserveAsync(portal.CoordinationScope, key.Key, key.RequestHash, ct);
        switch (reservation.Outcome)
        {
            case IdempotencyOutcome.InProgress:
                http.Response.Headers.RetryAfter = "1";
                return Problems.From(new ApiError(ErrorCodes.IdempotencyKeyInUse, "A request with this Idempotency-Key is still being processed; retry shortly.", IdempotencyKey.HeaderName));
            case IdempotencyOutcome.Mismatch:
                return Problems.From(new ApiError(ErrorCodes.IdempotencyKeyReused, "This Idempotency-Key was already used with a different request.", IdempotencyKey.HeaderName));
            case IdempotencyOutcome.Replay:
                http.Response.Headers[ReplayedHeader] = "true";
                return TypedResults.Content(reservation.Response!.Body, "application/json", Encoding.UTF8, reservation.Response.StatusCode);
            case IdempotencyOutcome.Reserved:
                break;
            default:
                throw new InvalidOperationException($"Unknown idempotency outcome {reservation.Outcome}.");
        }

        current.Key = key;
        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            // Release must happen even when the client has gone away, or the key stays blocked until it expires.
            await store.ReleaseAsync(portal.CoordinationScope, key.Key, key.RequestHash, CancellationToken.None);
            throw;
        }

        if (Successful(result) is { } stored)
        {
            await store.CompleteAsync(portal.CoordinationScope, key.Key, key.RequestHash, stored, CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(portal.CoordinationScope, key.Key, key.RequestHash, CancellationToken.None);
        }

        return result;
    }

    private static StoredResponse? Successful(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } status && result is IValueHttpResult { Value: { } value }
            ? new StoredResponse(status.StatusCode.Value, JsonSerializer.Serialize(value, value.GetType(), PayGovJson.Options))
            : null;
    }
}
