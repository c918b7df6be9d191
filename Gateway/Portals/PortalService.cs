using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Portals;

/// <summary>The operator's use cases: onboard a portal, issue and rotate its keys.</summary>
public sealed class PortalService(PayGovDbContext db, TimeProvider time)
{
    public Task<Portal?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Portals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Limits the ways a portal's citizens may pay to <paramref name="methods"/> (wire names); none: every method.</summary>
    public async Task<Result<Portal>> SetAllowedMethodsAsync(string id, IReadOnlyList<string> methods, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(methods);
        if (methods.FirstOrDefault(m => !PayGov.Providers.PaymentMethodExtensions.TryParseWireName(m, out _)) is { } unknown)
        {
            return new ApiError(ErrorCodes.ParameterInvalid, $"'{unknown}' is not a method: bank_transfer, wallet or card.", "method");
        }

        var portal = await db.Portals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (portal is null)
        {
            return new ApiError(ErrorCodes.ResourceMissing, $"No portal '{id}'.", "id");
        }

        portal.AllowedMethods = [.. methods.Distinct(StringComparer.Ordinal)];
        await db.SaveChangesAsync(cancellationToken);
        return portal;
    }

    /// <summary>Creates a portal with one key; the returned key is the only copy that will ever exist.</summary>
    public async Task<Result<(Portal Portal, string Key)>> CreateAsync(
        string id, string name, IReadOnlyList<string> returnHosts, ApiKeyMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(returnHosts);
        if (!IsSlug(id))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, "A portal id is 2 to 40 lower-case letters, digits and hyphens.", "id");
        }

        if (TextRules.Required(name, "name", 200) is { } nameError)
        {
            return nameError;
        }

        if (returnHosts.FirstOrDefault(h => Uri.CheckHostName(h) == UriHostNameType.Unknown) is { } badHost)
        {
            return new ApiError(ErrorCodes.ParameterInvalid, $"'{badHost}' is not a host name.", "return_host");
        }

        if (await db.Portals.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, $"A portal '{id}' exists already.", "id");
        }

        var portal = new Portal { Id = id, Name = name, ReturnHosts = [.. returnHosts], CreatedAt = time.GetUtcNow() };
        db.Portals.Add(portal);
        var key = AddKey(id, mode);
        await db.SaveChangesAsync(cancellationToken);
        return (portal, key);
    }

    /// <summary>
    /// Issues a new key and lets the portal's current keys of that mode live for <paramref name="overlap"/> more,
    /// so the portal can deploy the new key before the old one stops working.
    /// </summary>
    public async Task<Result<string>> RotateKeyAsync(string portalId, ApiKeyMode mode, TimeSpan overlap, CancellationToken cancellationToken)
    {
        if (!await db.Portals.AnyAsync(p => p.Id == portalId, cancellationToken))
        {
            return new ApiError(ErrorCodes.ResourceMissing, $"No portal '{portalId}'.", "id");
        }

        var retireAt = time.GetUtcNow() + overlap;
        var current = await db.ApiKeys.Where(k => k.PortalId == portalId && k.Mode == mode).ToListAsync(cancellationToken);
        foreach (var old in current.Where(k => k.ExpiresAt is null || k.ExpiresAt > retireAt))
        {
            old.ExpiresAt = retireAt;
        }

        var key = AddKey(portalId, mode);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    private string AddKey(string portalId, ApiKeyMode mode)
    {
        var key = ApiKeySecret.Generate(mode);
        db.ApiKeys.Add(new ApiKey
        {
            Id = Ids.New(Ids.ApiKey, time),
            PortalId = portalId,
            Mode = mode,
            Hash = ApiKeySecret.Hash(key),
            DisplayPrefix = ApiKeySecret.DisplayPrefix(key),
            CreatedAt = time.GetUtcNow(),
        });
        return key;
    }

    private static bool IsSlug(string id) =>
        id.Length is >= 2 and <= 40 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && id[0] != '-';
}
