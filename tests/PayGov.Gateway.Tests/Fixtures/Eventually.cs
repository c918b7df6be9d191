namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>Waits for background work by polling a condition, bounded, never by a guessed delay.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null, Action? eachPoll = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = within ?? TimeSpan.FromSeconds(30);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < limit, $"Timed out waiting until {what}.");
            eachPoll?.Invoke();
            await Task.Delay(25);
        }
    }
}
