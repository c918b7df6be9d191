using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Treasury;

/// <summary>Treasury sign-in: session length and lockout (<c>Treasury:…</c>).</summary>
public sealed class TreasuryOptions
{
    public const string SectionName = "Treasury";

    /// <summary>A session ends after this long without a request (sliding).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Shortest password the CLI accepts.</summary>
    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 12;
}
