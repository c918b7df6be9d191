using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Infrastructure.Idempotency;

public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a response is replayed for the same key (DESIGN §3: 24 hours).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ResponseTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a reservation holds if its node dies mid-request; longer than any request may run.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan ReservationTtl { get; set; } = TimeSpan.FromSeconds(60);
}
