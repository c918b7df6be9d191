using PayGov.Providers;

namespace PayGov.Gateway.Portals;

/// <summary>A public-service portal that collects fees through PayGov.</summary>
public sealed class Portal
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    /// <summary>Hosts a payment's <c>return_url</c> may point at; exact host names, compared case-insensitively.</summary>
    public List<string> ReturnHosts { get; set; } = [];

    /// <summary>The methods (wire names) this portal lets its citizens choose; empty: every method PayGov offers.</summary>
    public List<string> AllowedMethods { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public bool Allows(PaymentMethod method) => AllowedMethods.Count == 0 || AllowedMethods.Contains(method.ToWireName());

    public bool AllowsReturnHost(string host) =>
        ReturnHosts.Exists(allowed => string.Equals(allowed, host, StringComparison.OrdinalIgnoreCase));
}
