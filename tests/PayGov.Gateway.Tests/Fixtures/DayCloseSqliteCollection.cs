namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>
/// Day-close tests (and the exception-evidence test) get a host of their own: a closed day stops the re-running of
/// later days for the whole deployment, and one of them moves the clock a day forward for a nightly run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DayCloseSqliteCollection : ICollectionFixture<SqliteGatewayFixture>
{
    public const string Name = "day close on SQLite";
}
