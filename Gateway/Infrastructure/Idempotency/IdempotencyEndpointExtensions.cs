namespace PayGov.Gateway.Infrastructure.Idempotency;

public static class IdempotencyEndpointExtensions
{
    /// <summary>The endpoint refuses a request without an <c>Idempotency-Key</c> (creates that move money).</summary>
    public static RouteHandlerBuilder RequireIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotencyKeyPolicy.Required).AddEndpointFilter<IdempotencyFilter>();

    /// <summary>The endpoint honours an <c>Idempotency-Key</c> when one is sent.</summary>
    public static RouteHandlerBuilder AcceptIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotencyKeyPolicy.Optional).AddEndpointFilter<IdempotencyFilter>();
}
