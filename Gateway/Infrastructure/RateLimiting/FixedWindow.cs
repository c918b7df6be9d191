namespace PayGov.Gateway.Infrastructure.RateLimiting;

/// <summary>The arithmetic of fixed windows, shared by both limiters so they agree to the millisecond.</summary>
public readonly record struct FixedWindow(long Index, TimeSpan Remaining)
{
    public static FixedWindow At(DateTimeOffset now, TimeSpan window)
    {
        var windowMs = (long)window.TotalMilliseconds;
        var nowMs = now.ToUnixTimeMilliseconds();
        var index = nowMs / windowMs;
        return new FixedWindow(index, TimeSpan.FromMilliseconds(((index + 1) * windowMs) - nowMs));
    }
}
