namespace PayGov.Gateway.Infrastructure.RateLimiting;

/// <summary>Whether a request may proceed, and if not, how long until the next window opens.</summary>
public readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter);
