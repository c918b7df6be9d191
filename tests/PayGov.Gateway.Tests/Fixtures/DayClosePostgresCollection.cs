namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>The PostgreSQL and Redis counterpart of <see cref="DayCloseSqliteCollection"/>: a host and a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class DayClosePostgresCollection : ICollectionFixture<PostgresGatewayFixture>
{
    public const string Name = "day close on PostgreSQL and Redis";
}
