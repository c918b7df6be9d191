using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace PayGov.Client.Tests.Fixtures;

/// <summary>A gateway that lets each portal make one request a minute, on a clock the test moves.</summary>
public sealed class RateLimitedGatewayFixture : GatewayHost
{
    public FakeTimeProvider ServerTime { get; } = new(new DateTimeOffset(2026, 3, 14, 2, 0, 0, TimeSpan.Zero));

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimit:PermitLimit"] = "1",
        ["RateLimit:Window"] = "00:01:00",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(ServerTime);
}
