namespace PayGov.Gateway.Infrastructure.Coordination;

/// <summary>Every Redis key PayGov uses is built here, so the key space is documented in one place.</summary>
public static class RedisKeys
{
    private const string Root = "paygov:";

    public static string Idempotency(string portalId, string key) => $"{Root}idem:{portalId}:{key}";

    public static string RateLimit(string portalId, long window) => $"{Root}rl:{portalId}:{window}";

    public static string Lock(string name) => $"{Root}lock:{name}";
}
