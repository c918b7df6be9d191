using System.Text;
using System.Text.Json.Nodes;

namespace PayGov.Gateway.Tests.Routing;

/// <summary>The in-process sandbox's fault switches, set over HTTP as an operator would.</summary>
internal static class SandboxFaults
{
    public static async Task SetAsync(GatewayFixture gateway, string provider, JsonObject faults)
    {
        using var client = gateway.CreateClient();
        using var response = await client.PostAsync($"/sandbox/admin/faults/{provider}", new StringContent(faults.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"setting sandbox faults: {(int)response.StatusCode}");
    }

    public static async Task ResetAsync(GatewayFixture gateway, string provider)
    {
        using var client = gateway.CreateClient();
        using var response = await client.DeleteAsync($"/sandbox/admin/faults/{provider}");
        Assert.True(response.IsSuccessStatusCode, $"resetting sandbox faults: {(int)response.StatusCode}");
    }
}
