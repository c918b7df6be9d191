namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>The PostgreSQL and Redis counterpart of <see cref="ReconciliationSqliteCollection"/>: a host and a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ReconciliationPostgresCollection : ICollectionFixture<PostgresGatewayFixture>
{
    public const string Name = "reconciliation on PostgreSQL and Redis";
}
