using Microsoft.Extensions.Time.Testing;

namespace PayGov.Providers.Sandbox.Tests;

/// <summary>
/// A sandbox of its own on a clock the tests move, for what happens on a later day (the providers' payouts of a day's
/// batch, made at 09:00 GMT+7 the next day). The clock starts at the system's time, so the clients' dates agree with it.
/// </summary>
public sealed class PayoutSandboxFixture : SandboxFixture
{
    public PayoutSandboxFixture()
        : this(new FakeTimeProvider(TimeProvider.System.GetUtcNow()))
    {
    }

    private PayoutSandboxFixture(FakeTimeProvider time)
        : base(time) => Time = time;

    public FakeTimeProvider Time { get; }
}

/// <summary>The tests that move <see cref="PayoutSandboxFixture"/>'s clock; serial, because the clock is shared.</summary>
[CollectionDefinition(Name)]
public sealed class PayoutSandboxCollection : ICollectionFixture<PayoutSandboxFixture>
{
    public const string Name = "sandbox payouts";
}
