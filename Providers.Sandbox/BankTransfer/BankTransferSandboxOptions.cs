using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>
/// The bank the sandbox plays: PayGov's collection account, the connector secret it signs notifications with and
/// where it sends them, bound from <see cref="SectionName"/>. The defaults are the invented test values of
/// <c>vectors/bank-notification.json</c> and <c>vietqr.md</c>.
/// </summary>
public sealed class BankTransferSandboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sandbox:BankTransfer";

    /// <summary>The BIN of the bank holding the collection account.</summary>
    [Required]
    [RegularExpression(@"^\d{6}$")]
    public string BankBin { get; set; } = "970436";

    /// <summary>The bank's display name.</summary>
    [Required]
    public string BankName { get; set; } = "Vietcombank (sandbox)";

    /// <summary>PayGov's collection account at this bank.</summary>
    [Required]
    [RegularExpression("^[0-9A-Za-z]{1,19}$")]
    public string AccountNumber { get; set; } = "1023456789";

    /// <summary>The account holder's name.</summary>
    [Required]
    public string AccountName { get; set; } = "PAYGOV THU PHI LE PHI";

    /// <summary>The connector id PayGov knows this bank by (the <c>{connectorId}</c> of the notification path).</summary>
    [Required]
    public string ConnectorId { get; set; } = "sandbox";

    /// <summary>The connector's secret: signs every notification.</summary>
    [Required]
    [MinLength(32)]
    public string NotificationSecret { get; set; } = "TESTONLY-bank-notify-secret-0000000001";

    /// <summary>
    /// PayGov's notification endpoint for this connector, e.g. <c>https://paygov.example/callbacks/bank-transfer/sandbox/credits</c>.
    /// Unset: credits are booked and appear on the statement, but nobody is told.
    /// </summary>
    public Uri? NotificationUrl { get; set; }

    /// <summary>
    /// The waits before resending a notification, in seconds (bank-notification.md §2.3: 30 s, 2 min, 10 min, 30 min,
    /// 1 h); after the last one the sender keeps waiting as long again until <see cref="RetryPeriod"/> has passed (hourly
    /// up to 24 h). One comma-separated value so configuration replaces it whole.
    /// </summary>
    [Required]
    [RegularExpression(@"^\d+(\.\d+)?(,\d+(\.\d+)?)*$")]
    public string NotificationRetryDelaysSeconds { get; set; } = "30,120,600,1800,3600";

    /// <summary>How long the sender keeps retrying a notification: 24 hours.</summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>One delivery counts as failed (and is retried) after this long: 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The account's balance before the sandbox's first booking, in đồng.</summary>
    public long OpeningBalance { get; set; }

    /// <summary>Every wait of the retry rule: the listed ones, then the last one again until <see cref="RetryPeriod"/> is used up.</summary>
    public IReadOnlyList<TimeSpan> NotificationRetryDelays()
    {
        var listed = NotificationRetryDelaysSeconds
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture)))
            .ToList();
        var delays = new List<TimeSpan>();
        var total = TimeSpan.Zero;
        for (var i = 0; listed.Count > 0; i++)
        {
            var next = listed[Math.Min(i, listed.Count - 1)];

            // Past the listed waits the last one repeats; a zero there would repeat forever.
            if (total + next > RetryPeriod || (i >= listed.Count && next <= TimeSpan.Zero))
            {
                break;
            }

            total += next;
            delays.Add(next);
        }

        return delays;
    }
}
