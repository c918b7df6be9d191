using System.ComponentModel.DataAnnotations;

namespace PayGov.Providers;

/// <summary>
/// The numbers of a provider client's resilience pipeline (total timeout, retry, circuit breaker, attempt
/// timeout), bound from <c>Providers:&lt;Provider&gt;:Resilience</c> and validated at start.
/// </summary>
public sealed class ProviderResilienceOptions
{
    /// <summary>The configuration key below a provider's section.</summary>
    public const string SectionKey = "Resilience";

    /// <summary>The limit of one call, retries included. Default 90 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>The limit of one attempt. Default 30 s: MoMo asks for at least 30 s on every call (momo.md §1).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for idempotent calls only. Default 2.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The first back-off delay; later ones grow exponentially with jitter. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The share of failed calls, over <see cref="BreakerSamplingDuration"/>, that opens the breaker. Default 0.5.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The fewest calls in the sampling window before the breaker may open. Default 20.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The window the failure ratio is measured over. Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the breaker stays open before letting a trial call through. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
