using System.Net;

namespace PayGov.Providers.Sandbox;

/// <summary>One server-to-server callback to deliver with the provider's retry pattern.</summary>
/// <param name="ProviderId">The provider sending it.</param>
/// <param name="Target">The merchant's callback URL.</param>
/// <param name="JsonBody">The exact JSON body.</param>
/// <param name="FirstDelay">The wait before the first delivery (the late-callback fault).</param>
/// <param name="RetryDelays">The waits before each further delivery while not accepted.</param>
/// <param name="IsAccepted">Whether the merchant's answer counts as delivered (MoMo: 204 only).</param>
public sealed record SandboxCallback(
    ProviderId ProviderId,
    Uri Target,
    string JsonBody,
    TimeSpan FirstDelay,
    IReadOnlyList<TimeSpan> RetryDelays,
    Func<HttpStatusCode, string, bool> IsAccepted);
