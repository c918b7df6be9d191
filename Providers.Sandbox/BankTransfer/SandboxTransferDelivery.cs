using System.Text.Json.Serialization;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>One delivery of a credit notification.</summary>
/// <param name="Attempt">The attempt number, from 1.</param>
/// <param name="Status">PayGov's HTTP status; <see langword="null"/> when it could not be reached in time.</param>
/// <param name="State"><c>retrying</c>, <c>delivered</c> or <c>given_up</c>.</param>
public sealed record SandboxTransferDelivery(
    [property: JsonPropertyName("attempt")] int Attempt,
    [property: JsonPropertyName("status")] int? Status,
    [property: JsonPropertyName("state")] string State)
{
    internal static SandboxTransferDelivery From(SandboxDeliveryAttempt attempt) => new(
        attempt.Attempt,
        attempt.StatusCode is { } status ? (int)status : null,
        attempt.State switch
        {
            SandboxDeliveryState.Retrying => "retrying",
            SandboxDeliveryState.Delivered => "delivered",
            SandboxDeliveryState.GivenUp => "given_up",
            _ => throw new ArgumentOutOfRangeException(nameof(attempt), attempt.State, "Undefined state."),
        });
}
