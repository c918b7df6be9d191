namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>Test classes on SQLite share one gateway host; each test isolates itself by its own portal.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteGatewayCollection : ICollectionFixture<SqliteGatewayFixture>
{
    public const string Name = "gateway on SQLite";
}
