namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>Test classes on PostgreSQL + Redis share one gateway host and one database of their own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGatewayCollection : ICollectionFixture<PostgresGatewayFixture>
{
    public const string Name = "gateway on PostgreSQL and Redis";
}
