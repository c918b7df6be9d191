using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Payments;

public sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    /// <summary>The largest amount one intent may ask for, in đồng.</summary>
    [Range(1, long.MaxValue)]
    public long MaxAmount { get; set; } = 10_000_000_000;

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan DefaultExpiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The latest <c>expires_at</c> a portal may ask for, from now.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan MaxExpiry { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The earliest <c>expires_at</c> a portal may ask for, from now: a citizen needs time to pay.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MinExpiry { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ExpirySweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a started attempt waits for its provider's callback before PayGov asks the provider itself.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often each node looks for attempts whose query is due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DoubtSweepInterval { get; set; } = TimeSpan.FromSeconds(30);
}
