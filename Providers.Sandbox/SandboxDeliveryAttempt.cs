using System.Net;

namespace PayGov.Providers.Sandbox;

/// <summary>One delivery of a callback as the sender saw it.</summary>
/// <param name="Attempt">The attempt number, from 1.</param>
/// <param name="StatusCode">The merchant's HTTP status; <see langword="null"/> when it could not be reached or timed out.</param>
/// <param name="State">What the sender does next.</param>
public sealed record SandboxDeliveryAttempt(int Attempt, HttpStatusCode? StatusCode, SandboxDeliveryState State);
