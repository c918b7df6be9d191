namespace PayGov.Client.Tests.Fixtures;

/// <summary>Test classes share one gateway; each test isolates itself by its own portal.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway for the client";
}
