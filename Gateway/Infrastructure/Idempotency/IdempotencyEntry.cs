using System.Text.Json;

namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>What a store keeps under a key: the request's fingerprint, and its response once it has one.</summary>
public sealed record IdempotencyEntry(string RequestHash, StoredResponse? Response)
{
    public string Serialize() => JsonSerializer.Serialize(this);

    public static IdempotencyEntry Deserialize(string json) =>
        JsonSerializer.Deserialize<IdempotencyEntry>(json) ?? throw new JsonException("An idempotency entry was empty.");
}
