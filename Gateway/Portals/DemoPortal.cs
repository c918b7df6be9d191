using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Portals;

/// <summary>
/// Creates the demo portal and keeps its test key beside the SQLite file, so every start can print it.
/// A test key moves only sandbox money, and only a single-node embedded instance ever has one.
/// </summary>
public sealed class DemoPortal(PortalService portals, StorageMode storage, IOptions<StorageOptions> storageOptions, IOptions<DemoPortalOptions> options)
{
    public bool IsEnabled => options.Value.Enabled ?? storage.Kind == StorageKind.Sqlite;

    /// <summary>Ensures the demo portal exists and returns its test key.</summary>
    public async Task<string> EnsureAsync(CancellationToken cancellationToken)
    {
        var keyFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storageOptions.Value.SqlitePath))!, "demo-portal-key.txt");
        if (await portals.FindAsync(DemoPortalOptions.PortalId, cancellationToken) is null)
        {
            var created = await portals.CreateAsync(DemoPortalOptions.PortalId, "Cổng dịch vụ công (demo)", ["localhost", "127.0.0.1"], ApiKeyMode.Test, cancellationToken);
            return created.IsSuccess
                ? await SaveAsync(keyFile, created.Value.Key, cancellationToken)
                : throw new InvalidOperationException(created.Error.Detail);
        }

        if (File.Exists(keyFile))
        {
            return (await File.ReadAllTextAsync(keyFile, cancellationToken)).Trim();
        }

        var rotated = await portals.RotateKeyAsync(DemoPortalOptions.PortalId, ApiKeyMode.Test, TimeSpan.Zero, cancellationToken);
        return await SaveAsync(keyFile, rotated.Value!, cancellationToken);
    }

    private static async Task<string> SaveAsync(string keyFile, string key, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(keyFile, key + Environment.NewLine, cancellationToken);
        return key;
    }
}
