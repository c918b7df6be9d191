namespace PayGov.Client.Tests.Fixtures;

/// <summary>The gateway as deployed by default, with a request budget no test reaches.</summary>
public sealed class GatewayFixture : GatewayHost
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimit:PermitLimit"] = "1000",
    };
}
