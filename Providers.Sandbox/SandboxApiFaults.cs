using Microsoft.AspNetCore.Http;

namespace PayGov.Providers.Sandbox;

/// <summary>Applies the API fault switches around a provider operation, the same way for every provider.</summary>
internal static class SandboxApiFaults
{
    // Long enough for any caller's timeout to fire first; bounded so a forgotten switch cannot hold a request forever.
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(5);

    /// <summary>Counts the call, then runs <paramref name="operation"/> unless a fault says otherwise.</summary>
    public static async Task<IResult> RunAsync(
        SandboxFaultSwitchboard switchboard,
        TimeProvider timeProvider,
        ProviderId providerId,
        string operationName,
        HttpContext context,
        Func<IResult> operation)
    {
        switchboard.RecordCall(providerId, operationName);
        var faults = switchboard.For(providerId);
        if (faults.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(faults.LatencyMs), timeProvider, context.RequestAborted).ConfigureAwait(false);
        }

        if (faults.Status5xx)
        {
            return TypedResults.StatusCode(StatusCodes.Status500InternalServerError);
        }

        var result = operation();
        if (faults.Timeout)
        {
            // The operation took effect; the caller gives up waiting and must settle it with a query.
            await Task.Delay(Hang, timeProvider, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return TypedResults.StatusCode(StatusCodes.Status504GatewayTimeout);
        }

        return result;
    }
}
