using System.Text.Json.Serialization;

namespace PayGov.Client;

/// <summary>An object the API returns, with the exchange it came from.</summary>
public abstract class PayGovEntity
{
    /// <summary>
    /// Gets the exchange that returned this object, or <see langword="null"/> for an object read from a webhook,
    /// found inside another object, or built by the caller.
    /// </summary>
    [JsonIgnore]
    public PayGovResponse? LastResponse { get; internal set; }
}
