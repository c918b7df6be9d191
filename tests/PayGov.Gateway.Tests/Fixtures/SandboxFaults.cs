using System.Text;
using System.Text.Json.Nodes;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>The in-process sandbox's fault switches (<c>/sandbox/admin/faults/{provider}</c>), over HTTP like any operator.</summary>
public static class SandboxFaults
{
    /// <summary>Runs <paramref name="action"/> with <paramref name="provider"/>'s sandbox faulty, and turns the faults off afterwards whatever happens.</summary>
    public static async Task<T> WithSandboxFaultsAsync<T>(this GatewayFixture gateway, string provider, JsonObject faults, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await gateway.SetSandboxFaultsAsync(provider, faults);
        try
        {
            return await action();
        }
        finally
        {
            await gateway.ResetSandboxFaultsAsync(provider);
        }
    }

    public static async Task SetSandboxFaultsAsync(this GatewayFixture gateway, string provider, JsonObject faults)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        using var client = gateway.CreateClient();
        using var response = await client.PostAsync($"/sandbox/admin/faults/{provider}", new StringContent(faults.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"setting sandbox faults: {(int)response.StatusCode}");
    }

    public static async Task ResetSandboxFaultsAsync(this GatewayFixture gateway, string provider)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        using var client = gateway.CreateClient();
        using var response = await client.DeleteAsync($"/sandbox/admin/faults/{provider}");
        Assert.True(response.IsSuccessStatusCode, $"resetting sandbox faults: {(int)response.StatusCode}");
    }
}
