namespace PayGov.Gateway.Routing;

/// <summary>The health window cut into buckets of fixed length, numbered from the Unix epoch, so every node counts into the same ones.</summary>
public static class HealthWindow
{
    public static long BucketAt(DateTimeOffset now, TimeSpan bucket) => now.ToUnixTimeMilliseconds() / (long)bucket.TotalMilliseconds;

    /// <summary>The buckets that make up the window ending now, newest first.</summary>
    public static IEnumerable<long> BucketsOfWindow(DateTimeOffset now, RoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var newest = BucketAt(now, options.HealthBucket);
        var count = Math.Max(1, (int)(options.HealthWindow.Ticks / options.HealthBucket.Ticks));
        for (var i = 0; i < count; i++)
        {
            yield return newest - i;
        }
    }
}
