namespace PayGov.Browser.Tests.Treasury;

/// <summary>Every treasury page test shares one desk: gateway, browser, accountant and supervisor.</summary>
[CollectionDefinition(Name)]
public sealed class TreasuryCollection : ICollectionFixture<TreasuryFixture>
{
    public const string Name = "treasury";
}
