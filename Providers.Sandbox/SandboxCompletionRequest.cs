using System.Text.Json.Serialization;

namespace PayGov.Providers.Sandbox;

/// <summary>Body of <c>POST {prefix}/pay/{orderId}/complete</c>: plays the citizen without a browser.</summary>
/// <param name="Outcome"><c>succeeded</c> presses "pay", <c>failed</c> presses "decline".</param>
public sealed record SandboxCompletionRequest([property: JsonPropertyName("outcome")] string? Outcome)
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
