using System.Security.Cryptography;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// In the embedded default, an accountant and a supervisor with random passwords, printed at start beside the demo
/// portal's key, so a newcomer can open the treasury pages without the CLI. Never created with PostgreSQL.
/// </summary>
public sealed class DemoTreasuryUsers(TreasuryUserService users, DemoSecrets secrets, StorageMode storage)
{
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static readonly IReadOnlyList<(string Username, TreasuryRole Role)> Accounts =
    [
        ("ketoan.demo", TreasuryRole.Accountant),
        ("giamsat.demo", TreasuryRole.Supervisor),
    ];

    /// <summary>Only with SQLite, even when the demo portal is forced on: a supervisor closes days, a test key moves no money.</summary>
    public bool IsEnabled => storage.Kind == StorageKind.Sqlite;

    /// <summary>Ensures both accounts exist and returns each one's username and password.</summary>
    public async Task<IReadOnlyList<(string Username, TreasuryRole Role, string Password)>> EnsureAsync(CancellationToken cancellationToken)
    {
        var ensured = new List<(string, TreasuryRole, string)>();
        foreach (var (username, role) in Accounts)
        {
            var file = $"demo-treasury-{username}.txt";
            var saved = await secrets.ReadAsync(file, cancellationToken);
            var exists = await users.ExistsAsync(username, cancellationToken);
            if (saved is null || !exists)
            {
                saved = RandomNumberGenerator.GetString(PasswordAlphabet, 16);
                var stored = exists
                    ? await users.ResetPasswordAsync(username, saved, cancellationToken)
                    : await users.CreateAsync(username, role, saved, cancellationToken);
                if (!stored.IsSuccess)
                {
                    throw new InvalidOperationException(stored.Error.Detail);
                }

                await secrets.SaveAsync(file, saved, cancellationToken);
            }

            ensured.Add((username, role, saved));
        }

        return ensured;
    }
}
