using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Refunds;

public sealed class RefundsOptions
{
    public const string SectionName = "Refunds";

    /// <summary>How often each node looks for pending refunds whose question to the provider is due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SettleSweepInterval { get; set; } = TimeSpan.FromSeconds(30);
}
