using PayGov.Gateway.Infrastructure.Auth;

namespace PayGov.Gateway.Portals;

/// <summary>
/// One of a portal's API keys. Several may be valid at once so a portal can rotate without downtime:
/// the old key gets an <see cref="ExpiresAt"/> that leaves time to deploy the new one.
/// </summary>
public sealed class ApiKey
{
    public required string Id { get; init; }

    public required string PortalId { get; init; }

    public ApiKeyMode Mode { get; init; }

    /// <summary>SHA-256 of the whole key; the key itself is never stored.</summary>
    public required byte[] Hash { get; init; }

    public required string DisplayPrefix { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public bool IsValidAt(DateTimeOffset now) => ExpiresAt is null || ExpiresAt > now;
}
