using System.Diagnostics;

namespace PayGov.Providers.Sandbox.Tests;

/// <summary>Waits for background work (callback delivery) by polling a condition within a bound; never a guessed delay.</summary>
internal static class Eventually
{
    private static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(10);

    public static Task<T> ReturnsAsync<T>(Func<T?> probe, TimeSpan? limit = null)
        where T : class =>
        ReturnsAsync(() => Task.FromResult(probe()), limit);

    /// <summary>The same with a probe that asks over HTTP.</summary>
    public static async Task<T> ReturnsAsync<T>(Func<Task<T?>> probe, TimeSpan? limit = null)
        where T : class
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (watch.Elapsed > (limit ?? DefaultLimit))
            {
                throw new TimeoutException("The condition did not hold within " + (limit ?? DefaultLimit));
            }

            await Task.Delay(20);
        }
    }

    public static Task TrueAsync(Func<bool> condition, TimeSpan? limit = null) =>
        ReturnsAsync(() => condition() ? string.Empty : null, limit);
}
