namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>
/// Reconciliation tests get hosts of their own: runs are per business day for the whole deployment, and some of these
/// tests move the clock a day forward to let the nightly run happen.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReconciliationSqliteCollection : ICollectionFixture<SqliteGatewayFixture>
{
    public const string Name = "reconciliation on SQLite";
}
