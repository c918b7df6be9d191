namespace PayGov.Gateway.Infrastructure.RateLimiting;

/// <summary>A fixed-window counter per portal; Redis-backed in a deployment, in-process in the embedded default.</summary>
public interface IRateLimiter
{
    Task<RateLimitDecision> AcquireAsync(string portalId, CancellationToken cancellationToken);
}
