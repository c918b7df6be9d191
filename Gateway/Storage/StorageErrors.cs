using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PayGov.Gateway.Storage;

/// <summary>Recognises the database's own verdicts by their codes, never by message text.</summary>
public static class StorageErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool IsUniqueViolation(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
            SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
                && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            _ => false,
        };
    }

    /// <summary>
    /// A write that lost to a concurrent writer and rolled back whole, so the caller may read again and decide again:
    /// a failed version check, a unique entry taken first, or PostgreSQL aborting one of two writers that wait on each
    /// other. The last happens when both insert the same two events' unique entries in opposite orders (EF orders a
    /// batch's inserts by their ids, which are random within a millisecond); Npgsql's execution strategy reports it
    /// as a transient failure wrapping the <see cref="DbUpdateException"/>.
    /// </summary>
    public static bool IsLostRace(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException update => IsUniqueViolation(update) || update.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure,
        },
        InvalidOperationException { InnerException: DbUpdateException update } => IsLostRace(update),
        _ => false,
    };
}
