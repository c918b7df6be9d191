using System.Net;
using Microsoft.Extensions.Logging;

namespace PayGov.Providers.Sandbox;

/// <summary>The sandbox's log messages (event ids 9000–9099).</summary>
internal static partial class SandboxLog
{
    [LoggerMessage(9000, LogLevel.Information, "Sandbox {ProviderId} callback delivered on attempt {Attempt}")]
    public static partial void CallbackDelivered(ILogger logger, ProviderId providerId, int attempt);

    [LoggerMessage(9001, LogLevel.Warning, "Sandbox {ProviderId} callback not accepted on attempt {Attempt}: HTTP {StatusCode}")]
    public static partial void CallbackNotAccepted(ILogger logger, ProviderId providerId, int attempt, HttpStatusCode statusCode);

    [LoggerMessage(9002, LogLevel.Warning, "Sandbox {ProviderId} callback failed on attempt {Attempt}")]
    public static partial void CallbackFailed(ILogger logger, ProviderId providerId, int attempt, Exception exception);

    [LoggerMessage(9003, LogLevel.Warning, "Sandbox {ProviderId} callback given up after {Attempts} attempts")]
    public static partial void CallbackGivenUp(ILogger logger, ProviderId providerId, int attempts);
}
