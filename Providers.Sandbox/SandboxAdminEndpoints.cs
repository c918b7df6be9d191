using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace PayGov.Providers.Sandbox;

/// <summary>The sandbox's fault-switch admin API.</summary>
public static class SandboxAdminEndpoints
{
    /// <summary>Maps <c>POST {prefix}/faults/{provider}</c> (JSON <see cref="SandboxFaults"/>, replaces the switches) and <c>DELETE</c> (turns them off).</summary>
    /// <param name="endpoints">The app or group to map on.</param>
    /// <param name="prefix">The mount point, e.g. <c>/sandbox/admin</c>.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapSandboxAdmin(this IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapGroup(prefix).WithTags("Sandbox: admin").ExcludeFromDescription();
        group.MapPost("/faults/{provider}", SetFaults).WithName("SandboxSetFaults");
        group.MapDelete("/faults/{provider}", ResetFaults).WithName("SandboxResetFaults");
        return group;
    }

    private static Results<Ok<SandboxFaults>, NotFound> SetFaults(string provider, SandboxFaults faults, SandboxFaultSwitchboard switchboard)
    {
        if (!ProviderIdExtensions.TryParseWireName(provider, out var providerId))
        {
            return TypedResults.NotFound();
        }

        switchboard.Set(providerId, faults);
        return TypedResults.Ok(faults);
    }

    private static Results<NoContent, NotFound> ResetFaults(string provider, SandboxFaultSwitchboard switchboard)
    {
        if (!ProviderIdExtensions.TryParseWireName(provider, out var providerId))
        {
            return TypedResults.NotFound();
        }

        switchboard.Reset(providerId);
        return TypedResults.NoContent();
    }
}
