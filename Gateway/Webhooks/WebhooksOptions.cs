using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Webhooks;

public sealed class WebhooksOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>How long one HTTP attempt may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a delivery is retried; an endpoint failing this long is disabled.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How often a node looks for due work when nothing woke it earlier.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many deliveries one node leases and sends at once; also the most a crashed node can repeat.</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 16;

    /// <summary>How many events one fan-out pass turns into deliveries.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;
}
