using Microsoft.EntityFrameworkCore;

namespace PayGov.Gateway.Storage;

/// <summary>Brings the schema up to date; safe when several nodes start at once (EF Core takes a migration lock).</summary>
public sealed class DatabaseMigrator(PayGovDbContext db, StorageMode mode)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (mode.Kind == StorageKind.Sqlite)
        {
            // WAL lets readers proceed while the single writer commits; it is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
