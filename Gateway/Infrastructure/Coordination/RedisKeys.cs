namespace PayGov.Gateway.Infrastructure.Coordination;

/// <summary>Every Redis key PayGov uses is built here, so the key space is documented in one place.</summary>
public static class RedisKeys
{
    private const string Root = "paygov:";

    public static string Idempotency(string portalId, string key) => $"{Root}idem:{portalId}:{key}";

    public static string RateLimit(string portalId, long window) => $"{Root}rl:{portalId}:{window}";

    /// <summary>A hash of <c>ok</c> and <c>fail</c> counts of one provider in one health bucket of one deployment.</summary>
    public static string ProviderHealth(string deployment, string provider, long bucket) => $"{Root}{deployment}:health:{provider}:{bucket}";

    /// <summary>Present while some node's breaker for the provider is open.</summary>
    public static string ProviderBreakerOpen(string deployment, string provider) => $"{Root}{deployment}:health:{provider}:open";

    public static string Lock(string name) => $"{Root}lock:{name}";
}
