using System.Security.Cryptography;

namespace PayGov.Gateway.Webhooks;

/// <summary>
/// When a failed delivery is tried again: the first retry within 30 seconds (a portal restarting should not
/// wait long), then back-off doubling to at most 12 hours, each with ±20 % jitter so a recovering portal is
/// not hit by every node at once.
/// </summary>
public static class WebhookRetrySchedule
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(12);

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt (1-based).</summary>
    public static TimeSpan DelayAfter(int failedAttempts)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var baseDelay = TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, FirstRetry.Ticks * (1L << Math.Min(exponent, 20))));
        // ±20 % jitter, from a secure source because System.Random is banned in production code.
        var jitterPercent = RandomNumberGenerator.GetInt32(-20, 21);
        var delay = baseDelay + (baseDelay * jitterPercent / 100);
        return failedAttempts == 1 && delay > TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : delay;
    }
}
