using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Portals;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Infrastructure.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer sk_…</c> by the SHA-256 of the key. The lookup is by hash, so the
/// database never sees a key and a wrong key reveals nothing by timing; the stored hash is still compared
/// in constant time before the key is trusted.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PayGovDbContext db,
    IMemoryCache cache,
    IOptions<ApiKeyLookupOptions> keyOptions,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Not a bearer token.");
        }

        var presented = header[BearerPrefix.Length..].Trim();
        if (ApiKeySecret.ModeOf(presented) is not { } mode)
        {
            return AuthenticateResult.Fail("Not a PayGov API key.");
        }

        var hash = ApiKeySecret.Hash(presented);
        var key = await FindAsync(hash);
        if (key is null || !CryptographicOperations.FixedTimeEquals(key.Hash, hash) || key.Mode != mode || !key.IsValidAt(time.GetUtcNow()))
        {
            return AuthenticateResult.Fail("Unknown, expired or revoked API key.");
        }

        var portal = new AuthenticatedPortal(key.PortalId, key.Mode, key.Id);
        return AuthenticateResult.Success(new AuthenticationTicket(portal.ToPrincipal(SchemeName), SchemeName));
    }

    /// <summary>
    /// Known keys are remembered for <see cref="ApiKeyLookupOptions.CacheTtl"/>, which saves a database round trip per
    /// request; their expiry is data and is checked on every request, so only a change to a key's row (a
    /// rotation shortening its life) can take up to that long to be seen. Unknown keys are never remembered.
    /// </summary>
    private async Task<ApiKey?> FindAsync(byte[] hash)
    {
        var cacheKey = "apikey:" + Convert.ToHexString(hash);
        if (cache.TryGetValue(cacheKey, out ApiKey? cached))
        {
            return cached;
        }

        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash, Context.RequestAborted);
        if (key is not null && keyOptions.Value.CacheTtl > TimeSpan.Zero)
        {
            cache.Set(cacheKey, key, keyOptions.Value.CacheTtl);
        }

        return key;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var error = string.IsNullOrEmpty(Request.Headers.Authorization.ToString())
            ? new ApiError(ErrorCodes.ApiKeyMissing, "Send your secret API key as 'Authorization: Bearer sk_…'.")
            : new ApiError(ErrorCodes.ApiKeyInvalid, "The API key is not valid.");
        return Problems.From(error).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.From(new ApiError(ErrorCodes.Forbidden, "This key may not do that.")).ExecuteAsync(Context);
}
