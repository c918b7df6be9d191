using System.Text.Json.Serialization;

namespace PayGov.Providers.Sandbox;

/// <summary>Body of <c>POST {prefix}/pay/{orderId}/complete</c>: plays the citizen without a browser.</summary>
/// <param name="Outcome"><c>succeeded</c> presses "pay", <c>failed</c> presses "decline".</param>
/// <param name="QrPayload">Bank transfer only: the attempt's VietQR payload, which the citizen's banking app scans for the account and amount.</param>
public sealed record SandboxCompletionRequest(
    [property: JsonPropertyName("outcome")] string? Outcome,
    [property: JsonPropertyName("qr_payload")] string? QrPayload = null)
{
    /// <summary>The outcome that presses "pay".</summary>
    public const string Succeeded = "succeeded";

    /// <summary>The outcome that presses "decline".</summary>
    public const string Failed = "failed";

    /// <summary>Whether the citizen pays (true) or declines (false); null for an outcome the sandbox does not know.</summary>
    public bool? Pays => Outcome switch
    {
        Succeeded => true,
        Failed => false,
        _ => null,
    };
}
