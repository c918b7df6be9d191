using System.Text.Json.Serialization;

namespace PayGov.Providers.Sandbox;

/// <summary>Answer of the completion helper: where the provider sends the browser.</summary>
/// <param name="RedirectUrl">The merchant's return URL with the signed result; empty when the merchant gave none.</param>
public sealed record SandboxCompletionResponse([property: JsonPropertyName("redirect_url")] string RedirectUrl);
