namespace PayGov.Gateway.Tests.Routing;

/// <summary>
/// A deployment on PostgreSQL + Redis whose routing makes MoMo the first wallet candidate (cheapest) and whose
/// MoMo breaker trips after two failures, so a test can watch failover, the breaker and doubt in a few calls.
/// </summary>
public sealed class RoutingGatewayFixture : PostgresGatewayFixture
{
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(2);

    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
    [
        new("Routing:Costs:momo:BasisPoints", "0"),
        new("Providers:MoMo:Resilience:BreakerMinimumThroughput", "2"),
        new("Providers:MoMo:Resilience:BreakerFailureRatio", "0.5"),
        new("Providers:MoMo:Resilience:BreakerBreakDuration", BreakDuration.ToString()),
        new("Providers:MoMo:Resilience:AttemptTimeout", "00:00:05"),
        new("Providers:MoMo:Resilience:MaxRetryAttempts", "0"),
    ];
}

[CollectionDefinition(Name)]
public sealed class RoutingCollection : ICollectionFixture<RoutingGatewayFixture>
{
    public const string Name = "routing on PostgreSQL and Redis";
}
