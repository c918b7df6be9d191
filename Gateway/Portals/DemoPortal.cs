using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Portals;

/// <summary>
/// Creates the demo portal and keeps its test key beside the SQLite file, so every start can print it.
/// A test key moves only sandbox money, and only a single-node embedded instance ever has one.
/// </summary>
public sealed class DemoPortal(PortalService portals, StorageMode storage, DemoSecrets secrets, IOptions<DemoPortalOptions> options)
{
    private const string KeyFile = "demo-portal-key.txt";

    public bool IsEnabled => options.Value.Enabled ?? storage.Kind == StorageKind.Sqlite;

    /// <summary>Ensures the demo portal exists and returns its test key.</summary>
    public async Task<string> EnsureAsync(CancellationToken cancellationToken)
    {
        if (await portals.FindAsync(DemoPortalOptions.PortalId, cancellationToken) is null)
        {
            var created = await portals.CreateAsync(DemoPortalOptions.PortalId, "Cổng dịch vụ công (demo)", ["localhost", "127.0.0.1"], ApiKeyMode.Test, cancellationToken);
            return created.IsSuccess
                ? await secrets.SaveAsync(KeyFile, created.Value.Key, cancellationToken)
                : throw new InvalidOperationException(created.Error.Detail);
        }

        if (await secrets.ReadAsync(KeyFile, cancellationToken) is { } saved)
        {
            return saved;
        }

        var rotated = await portals.RotateKeyAsync(DemoPortalOptions.PortalId, ApiKeyMode.Test, TimeSpan.Zero, cancellationToken);
        return await secrets.SaveAsync(KeyFile, rotated.Value!, cancellationToken);
    }
}
