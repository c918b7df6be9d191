using System.Collections.Concurrent;

namespace PayGov.Providers.Sandbox;

/// <summary>The current fault switches per provider, and how many API calls each operation received (what tests assert about retries).</summary>
public sealed class SandboxFaultSwitchboard
{
    private readonly ConcurrentDictionary<ProviderId, SandboxFaults> faults = new();
    private readonly ConcurrentDictionary<(ProviderId, string), int> calls = new();

    /// <summary>The switches in force for a provider.</summary>
    /// <param name="providerId">The provider.</param>
    /// <returns>The faults, <see cref="SandboxFaults.None"/> when none were set.</returns>
    public SandboxFaults For(ProviderId providerId) => faults.GetValueOrDefault(providerId, SandboxFaults.None);

    /// <summary>Replaces a provider's switches.</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="value">The new switches.</param>
    public void Set(ProviderId providerId, SandboxFaults value) => faults[providerId] = value;

    /// <summary>Turns every fault of a provider off.</summary>
    /// <param name="providerId">The provider.</param>
    public void Reset(ProviderId providerId) => faults.TryRemove(providerId, out _);

    /// <summary>Counts one received API call.</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="operation">The operation, e.g. <c>create</c>.</param>
    public void RecordCall(ProviderId providerId, string operation) => calls.AddOrUpdate((providerId, operation), 1, (_, n) => n + 1);

    /// <summary>How many calls an operation received since the sandbox started.</summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="operation">The operation, e.g. <c>create</c>.</param>
    /// <returns>The count.</returns>
    public int CallCount(ProviderId providerId, string operation) => calls.GetValueOrDefault((providerId, operation));
}
