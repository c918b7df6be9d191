namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>The first response to a keyed request, replayed to its repeats.</summary>
public sealed record StoredResponse(int StatusCode, string Body);
