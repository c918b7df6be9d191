namespace PayGov.Browser.Tests.Checkout;

/// <summary>One gateway (SQLite, in-process sandboxes, real Kestrel) and one browser for every checkout test.</summary>
[CollectionDefinition(Name)]
public sealed class CheckoutCollection : ICollectionFixture<SqliteGatewayFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "checkout";
}
